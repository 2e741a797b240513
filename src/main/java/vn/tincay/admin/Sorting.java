package vn.tincay.admin;

import java.io.Serializable;

/** The column a list is sorted by, as the table names it, and its direction; the service maps it to a query path. */
public record Sorting(String field, boolean ascending) implements Serializable {

    public static final Sorting NONE = new Sorting(null, true);
}
