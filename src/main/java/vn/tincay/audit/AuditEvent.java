package vn.tincay.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One row of the append-only audit log. Its writer signs it ({@link #getRowMac()}: a keyed MAC of
 * the id and the content) in the transaction that records the action; the sealer later gives it
 * its place in the chain ({@link #getSeq()}, {@link #getChainMac()}: a keyed MAC of the place, the
 * row's MAC and the previous row's chain MAC). See {@link AuditLog}.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int DETAIL_LENGTH = 1000;
    private static final String SEPARATOR = "\u001f";
    private static final String ABSENT = "\u0000";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "actor_role", length = 32)
    private String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 48)
    private AuditAction action;

    @Column(name = "target_type", length = 32)
    private String targetType;

    @Column(name = "target_id", length = 64)
    private String targetId;

    @Column(name = "case_code", length = 32)
    private String caseCode;

    @Column(length = 45)
    private String ip;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    /** Id of the audit key that made both MACs. */
    @Column(name = "mac_key", length = 16)
    private String macKey;

    @Column(name = "row_mac", length = 64)
    private String rowMac;

    /** Place in the chain; null until sealed. */
    private Long seq;

    @Column(name = "chain_mac", length = 64)
    private String chainMac;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, AuditEntry entry) {
        // Whole seconds: EclipseLink drops fractions of a second on databases that report themselves
        // as MySQL 5.5 (MariaDB does), and the MAC must cover exactly what is read back.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.SECONDS);
        this.actor = truncate(entry.actor(), 64);
        this.actorRole = entry.actorRole();
        this.action = entry.action();
        this.targetType = entry.targetType();
        this.targetId = truncate(entry.targetId(), 64);
        this.caseCode = entry.caseCode();
        this.ip = truncate(entry.ip(), 45);
        this.detail = truncate(entry.detail(), DETAIL_LENGTH);
    }

    /** A row as the database keeps it (for the verifier's own checks and for tests). */
    static AuditEvent stored(long id, Instant occurredAt, AuditEntry entry) {
        AuditEvent event = new AuditEvent(occurredAt, entry);
        event.id = id;
        return event;
    }

    /** What the row MAC covers: the id and every recorded field, unambiguously. */
    String content() {
        return String.join(SEPARATOR, String.valueOf(id), occurredAt.toString(), text(actor), text(actorRole),
                action == null ? ABSENT : action.name(), text(targetType), text(targetId), text(caseCode), text(ip),
                text(detail));
    }

    void sign(String keyId, String mac) {
        this.macKey = keyId;
        this.rowMac = mac;
    }

    void seal(long place, String mac) {
        this.seq = place;
        this.chainMac = mac;
    }

    private static String text(String value) {
        return value == null ? ABSENT : value;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRole() {
        return actorRole;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public String getIp() {
        return ip;
    }

    public String getDetail() {
        return detail;
    }

    public String getMacKey() {
        return macKey;
    }

    public String getRowMac() {
        return rowMac;
    }

    public Long getSeq() {
        return seq;
    }

    public String getChainMac() {
        return chainMac;
    }
}
