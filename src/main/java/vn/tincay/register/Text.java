package vn.tincay.register;

/** Small text clean-ups for typed values. */
final class Text {

    private Text() {
    }

    static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
