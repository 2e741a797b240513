package vn.tincay.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in on this HTTP session, and when: kept as plain values, so any node of a cluster can
 * read it; the time tells whether a later end of the account's sessions concerns it ({@link SessionRegistry}).
 */
public record SignedInCaller(String name, Set<String> groups, java.time.Instant signedInAt) implements Serializable {

    static final String ATTRIBUTE = SignedInCaller.class.getName();

    public SignedInCaller {
        groups = Set.copyOf(groups);
        java.util.Objects.requireNonNull(signedInAt);
    }

    /** The caller signed in on this session, if any (also readable where the container has no principal, as on error pages). */
    public static java.util.Optional<SignedInCaller> of(jakarta.servlet.http.HttpSession session) {
        return session == null ? java.util.Optional.empty()
                : java.util.Optional.ofNullable((SignedInCaller) session.getAttribute(ATTRIBUTE));
    }
}
