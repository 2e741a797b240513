package vn.tincay.register;

import vn.tincay.platform.UserFacingException;

/**
 * Amounts of money in the register: whole Vietnamese đồng, never negative, typed and shown the
 * Vietnamese way with dots between thousands ("1.500.000 đ").
 */
public final class Money {

    /** Upper bound of one amount typed into the register (under one trillion đồng; a unit's budget is far less). */
    public static final long MAX = 999_999_999_999L;

    private Money() {
    }

    /** @throws UserFacingException register.plan.error.amountNegative or amountTooLarge */
    public static void requireValid(long... amounts) {
        for (long amount : amounts) {
            if (amount < 0) {
                throw new UserFacingException("register.plan.error.amountNegative");
            }
            if (amount > MAX) {
                throw new UserFacingException("register.plan.error.amountTooLarge", format(MAX));
            }
        }
    }

    /** "1.500.000 đ". */
    public static String format(long amount) {
        return digits(amount) + " đ";
    }

    /** "1.500.000": the amount as typed back into a form. */
    public static String digits(long amount) {
        String plain = Long.toString(Math.abs(amount));
        StringBuilder out = new StringBuilder(amount < 0 ? "-" : "");
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(plain.charAt(i));
        }
        return out.toString();
    }

    /**
     * Reads a typed amount: "1500000", "1.500.000", "1 500 000" and "1.500.000 đ" (or "đồng", "VND") are all
     * one million five hundred thousand. Empty text is null.
     *
     * @throws UserFacingException register.plan.error.amountNegative, amountNotWhole (a decimal part such as
     *                             "1.500,5" or "1500.50"), amountInvalid or amountTooLarge
     */
    public static Long parse(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.strip().replaceAll("(?i)\\s*(đ|đồng|vnd|vnđ)$", "").strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.startsWith("-") || text.startsWith("−")) {
            throw new UserFacingException("register.plan.error.amountNegative");
        }
        String compact = text.replaceAll("[\\s\u00a0]", "");
        if (compact.contains(",") || !compact.matches("\\d{1,3}(\\.\\d{3})*|\\d+")) {
            if (compact.matches("[\\d.,]+")) {
                throw new UserFacingException("register.plan.error.amountNotWhole");
            }
            throw new UserFacingException("register.plan.error.amountInvalid");
        }
        String digits = compact.replace(".", "");
        if (digits.length() > 12) {
            throw new UserFacingException("register.plan.error.amountTooLarge", format(MAX));
        }
        long amount = Long.parseLong(digits);
        requireValid(amount);
        return amount;
    }
}
