package vn.tincay.register;

import java.io.Serializable;
import java.time.LocalDate;

/** One work plan as listed: the document and its totals (whole VND). */
public record WorkPlanLine(long id, Long schoolId, String unitName, int year, String number, LocalDate issuedOn,
                           String title, long planned, long spent, long mobilised, int version)
        implements Serializable {

    public boolean overspent() {
        return spent > planned;
    }
}
