package vn.tincay.register;

import java.io.Serializable;

/** Inspections planned in a date range, and how many of them have a result. */
public record InspectionTotals(long planned, long done) implements Serializable {
}
