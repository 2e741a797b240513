package vn.tincay.organisation;

/** Public (công lập) or non-public (ngoài công lập). */
public enum Ownership {
    PUBLIC, NON_PUBLIC
}
