package vn.tincay.register;

import vn.tincay.platform.UserFacingException;

/** Rules shared by every head count in the register. */
public final class Counts {

    /** Upper bound of any head count typed into the register (a district has far fewer staff). */
    public static final int MAX = 100_000;

    private Counts() {
    }

    /** @throws UserFacingException register.error.negativeCount when a count is negative or absurdly large */
    public static void requireValid(long... counts) {
        for (long count : counts) {
            if (count < 0) {
                throw new UserFacingException("register.error.negativeCount");
            }
            if (count > MAX) {
                throw new UserFacingException("register.error.countTooLarge", MAX);
            }
        }
    }
}
