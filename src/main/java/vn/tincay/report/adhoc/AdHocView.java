package vn.tincay.report.adhoc;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An ad-hoc report as a page shows it: the questions; for a school its own answers (editable until
 * submitted); for the coordinator every school's answers.
 */
public record AdHocView(long id, String title, LocalDate dueDate, List<String> questions, List<String> ownAnswers,
                        Instant ownSubmittedAt, boolean mayAnswer, List<SchoolAnswers> schools) implements Serializable {

    /** A school's answers as the coordinator reads them (none while it has not submitted). */
    public record SchoolAnswers(long schoolId, String schoolName, Instant submittedAt, List<String> answers) implements Serializable {
    }
}
