package vn.tincay.register;

import java.io.Serializable;
import java.time.LocalDate;

/** One planned inspection of a school and its result (doneOn null: not carried out yet). */
public record InspectionLine(long id, long schoolId, String schoolName, int planYear, LocalDate plannedOn,
                             String content, LocalDate doneOn, String findings, String recommendations, int version)
        implements Serializable {

    public boolean isDone() {
        return doneOn != null;
    }
}
