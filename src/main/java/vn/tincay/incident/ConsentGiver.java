package vn.tincay.incident;

/** Who gave consent: the survivor, the guardian, or both (a child of 7 or more and the guardian). */
public enum ConsentGiver {
    SURVIVOR, GUARDIAN, BOTH
}
