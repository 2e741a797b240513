package vn.tincay.admin;

import java.io.Serializable;

/** Filter of the schools list: text in the name or code, and the district; null means any. */
public record SchoolSearch(String text, Long districtId) implements Serializable {
}
