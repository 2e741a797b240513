package vn.tincay.admin.web;

/** Filter values as they go into a list page's address. */
final class Filters {

    private Filters() {
    }

    /** The value as a query parameter: empty when not given. */
    static String value(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
