package vn.tincay.register;

import java.io.Serializable;
import java.time.LocalDate;

/** One self-inspection in a list: the school, when, and the general remarks. */
public record SelfInspectionLine(long id, long schoolId, String schoolName, LocalDate doneOn, String note, int version)
        implements Serializable {
}
