package vn.tincay.register;

import vn.tincay.platform.UserFacingException;

/** Optimistic locking for forms: the version the form was opened with must still be the current one. */
final class Stale {

    private Stale() {
    }

    static void check(int current, int expected) {
        if (current != expected) {
            throw new UserFacingException("error.staleEdit");
        }
    }
}
