package vn.tincay.register;

import java.io.Serializable;
import java.time.LocalDate;

/** A reporting period as other features read it. */
public record PeriodInfo(long id, long districtId, int year, PeriodKind kind, LocalDate coversFrom, LocalDate coversTo,
                         LocalDate dueDate, int version, LocalDate districtDueDate) implements Serializable {

    /** The deadline of a unit's report: the schools' date, or the district's own date for its report. */
    public LocalDate dueDateFor(boolean districtOffice) {
        return districtOffice ? districtDueDate : dueDate;
    }

    public static PeriodInfo of(ReportingPeriod p) {
        return new PeriodInfo(p.getId(), p.getDistrict().getId(), p.getYear(), p.getKind(), p.getCoversFrom(),
                p.getCoversTo(), p.getDueDate(), p.getVersion(), p.getDistrictDueDate());
    }
}
