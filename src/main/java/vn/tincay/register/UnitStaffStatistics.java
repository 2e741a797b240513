package vn.tincay.register;

import java.io.Serializable;
import java.time.LocalDate;

/** The staff statistics of one unit (schoolId null: the district office) for one reporting period. */
public record UnitStaffStatistics(long id, Long schoolId, String unitName, long periodId, int periodYear,
                                  PeriodKind periodKind, LocalDate asOf, Headcounts counts, String note, int version)
        implements Serializable {
}
