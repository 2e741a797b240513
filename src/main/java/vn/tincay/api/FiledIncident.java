package vn.tincay.api;

/**
 * The answer to filing a report: the case's id and code, whether it was a repeat of an earlier
 * submission, and whether the coordinators were asked to check it for a duplicate the caller may
 * not see.
 */
public class FiledIncident {

    private final Long id;
    private final String caseCode;
    private final boolean repeatedSubmission;
    private final boolean duplicateForReview;

    public FiledIncident(Long id, String caseCode, boolean repeatedSubmission) {
        this(id, caseCode, repeatedSubmission, false);
    }

    /** @param duplicateForReview saved; it may duplicate a case the caller may not open, which the coordinators check */
    public FiledIncident(Long id, String caseCode, boolean repeatedSubmission, boolean duplicateForReview) {
        this.id = id;
        this.caseCode = caseCode;
        this.repeatedSubmission = repeatedSubmission;
        this.duplicateForReview = duplicateForReview;
    }

    public boolean isDuplicateForReview() {
        return duplicateForReview;
    }

    public Long getId() {
        return id;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public boolean isRepeatedSubmission() {
        return repeatedSubmission;
    }
}
