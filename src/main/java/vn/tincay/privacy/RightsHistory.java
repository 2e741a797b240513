package vn.tincay.privacy;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import vn.tincay.incident.ConsentGiver;
import vn.tincay.incident.ConsentKind;
import vn.tincay.incident.IdentityField;

/**
 * What the rights page of a case shows: the consents as they stand, the withdrawals and the
 * corrections (which field, when, by whom – not the values).
 */
public record RightsHistory(long incidentId, String caseCode, int version, boolean consentToReferral,
                            boolean consentToStatistics, boolean consentToShareContact, boolean anonymised,
                            List<Withdrawal> withdrawals, List<Correction> corrections) implements Serializable {

    /** A withdrawal as listed. */
    public record Withdrawal(ConsentKind kind, ConsentGiver requestedBy, String recordedBy, Instant at)
            implements Serializable {
    }

    /** A correction as listed, without the values. */
    public record Correction(IdentityField field, ConsentGiver requestedBy, String correctedBy, Instant at)
            implements Serializable {
    }

    public boolean hasConsent(ConsentKind kind) {
        return switch (kind) {
            case REFERRAL -> consentToReferral;
            case STATISTICS -> consentToStatistics;
            case SHARE_CONTACT -> consentToShareContact;
        };
    }
}
