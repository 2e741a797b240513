package vn.tincay.privacy;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A breach as the register shows it: the deadline to notify the authority, whether it was met,
 * and what was notified to whom.
 */
public record BreachView(long id, Instant discoveredAt, Instant deadline, String description,
                         BreachRecord.DataAffected dataAffected, Integer peopleAffected, BreachRecord.Status status,
                         String recordedBy, Instant authorityNotifiedAt, boolean overdue,
                         List<Notified> notifications) implements Serializable {

    /** One notification as listed. */
    public record Notified(BreachNotification.Recipient recipient, String recipientName,
                           BreachNotification.Channel channel, Instant at, String content, String recordedBy)
            implements Serializable {
    }

    static BreachView of(BreachRecord breach, List<BreachNotification> sent, Instant now) {
        Instant authority = sent.stream().filter(n -> n.getRecipient() == BreachNotification.Recipient.AUTHORITY)
                .map(BreachNotification::getNotifiedAt).min(Instant::compareTo).orElse(null);
        boolean overdue = authority == null ? now.isAfter(breach.deadline()) : authority.isAfter(breach.deadline());
        return new BreachView(breach.getId(), breach.getDiscoveredAt(), breach.deadline(), breach.getDescription(),
                breach.getDataAffected(), breach.getPeopleAffected(), breach.getStatus(), breach.getRecordedBy(),
                authority, overdue, sent.stream().map(n -> new Notified(n.getRecipient(), n.getRecipientName(),
                        n.getChannel(), n.getNotifiedAt(), n.getContent(), n.getRecordedBy())).toList());
    }
}
