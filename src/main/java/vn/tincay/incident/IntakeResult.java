package vn.tincay.incident;

import java.util.List;

/**
 * What filing a report did: saved (with its case code), found to be a repeat of an already saved
 * submission, or held back because it may duplicate existing cases the reporter must look at first.
 */
public record IntakeResult(Long incidentId, String caseCode, boolean repeatedSubmission,
                           List<PossibleDuplicate> possibleDuplicates) {

    public boolean saved() {
        return incidentId != null;
    }
}
