package vn.tincay.api;

/** The answer to filing a report: the case's id and code, and whether it was a repeat of an earlier submission. */
public record FiledIncident(Long id, String caseCode, boolean repeatedSubmission) {
}
