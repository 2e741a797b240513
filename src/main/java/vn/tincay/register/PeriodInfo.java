package vn.tincay.register;

import java.io.Serializable;
import java.time.LocalDate;

/** A reporting period as other features read it. */
public record PeriodInfo(long id, long districtId, int year, PeriodKind kind, LocalDate coversFrom, LocalDate coversTo,
                         LocalDate dueDate, int version) implements Serializable {

    public static PeriodInfo of(ReportingPeriod p) {
        return new PeriodInfo(p.getId(), p.getDistrict().getId(), p.getYear(), p.getKind(), p.getCoversFrom(),
                p.getCoversTo(), p.getDueDate(), p.getVersion());
    }
}
