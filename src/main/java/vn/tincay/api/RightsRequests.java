package vn.tincay.api;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import vn.tincay.incident.ConsentGiver;
import vn.tincay.incident.ConsentKind;
import vn.tincay.incident.IdentityField;
import vn.tincay.privacy.BreachNotification;
import vn.tincay.privacy.BreachRecord;

/**
 * The JSON bodies of the survivor's-rights, retention and breach-register requests. Lengths are
 * checked by the entities, with a message in the user's language.
 */
public final class RightsRequests {

    private RightsRequests() {
    }

    /** Withdraw one consent, at whose request. */
    public record ConsentWithdrawalRequest(@NotNull ConsentKind kind, @NotNull ConsentGiver requestedBy) {
    }

    /** Correct one identity field (blank clears it), at whose request. */
    public record IdentityCorrectionRequest(@NotNull IdentityField field, String value,
                                            @NotNull ConsentGiver requestedBy) {
    }

    /** Keep a closed case beyond the retention period, and why. */
    public record RetentionHoldRequest(@NotNull String reason) {
    }

    /** A suspected breach, when it was discovered. */
    public record BreachRequest(@NotNull Instant discoveredAt, @NotNull String description,
                                @NotNull BreachRecord.DataAffected dataAffected, Integer peopleAffected) {
    }

    /** What was notified about a breach, to whom, how and when. */
    public record BreachNotificationRequest(@NotNull BreachNotification.Recipient recipient,
                                            @NotNull String recipientName,
                                            @NotNull BreachNotification.Channel channel, @NotNull Instant notifiedAt,
                                            @NotNull String content) {
    }

    /** How many open referrals a withdrawal of consent withdrew. */
    public record WithdrawalResult(int referralsWithdrawn) {
    }
}
