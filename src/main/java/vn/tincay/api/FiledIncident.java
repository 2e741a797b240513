package vn.tincay.api;

/** The answer to filing a report: the case's id and code, and whether it was a repeat of an earlier submission. */
public class FiledIncident {

    private final Long id;
    private final String caseCode;
    private final boolean repeatedSubmission;

    public FiledIncident(Long id, String caseCode, boolean repeatedSubmission) {
        this.id = id;
        this.caseCode = caseCode;
        this.repeatedSubmission = repeatedSubmission;
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
