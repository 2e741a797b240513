package vn.tincay.incident;

import java.util.List;

/**
 * What filing a report did: saved (with its case code), found to be a repeat of an already saved
 * submission, or held back because it may duplicate existing cases the reporter must look at first.
 * {@code duplicateForReview}: saved, and it may duplicate a case the reporter may not open, which
 * the coordinators were asked to check.
 */
public record IntakeResult(Long incidentId, String caseCode, boolean repeatedSubmission,
                           List<PossibleDuplicate> possibleDuplicates, boolean duplicateForReview) {

    public IntakeResult(Long incidentId, String caseCode, boolean repeatedSubmission,
                        List<PossibleDuplicate> possibleDuplicates) {
        this(incidentId, caseCode, repeatedSubmission, possibleDuplicates, false);
    }

    public boolean saved() {
        return incidentId != null;
    }
}
