package vn.tincay.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in on this HTTP session: kept as plain values, so any node of a cluster can read it. */
public record SignedInCaller(String name, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = SignedInCaller.class.getName();

    public SignedInCaller {
        groups = Set.copyOf(groups);
    }
}
