package vn.tincay.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One row of the append-only audit log. The hash covers the row's content and the previous row's
 * hash, so changing, removing or reordering rows breaks the chain.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final String GENESIS_HASH = "0".repeat(64);
    public static final int DETAIL_LENGTH = 1000;

    @Id
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

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(long id, Instant occurredAt, AuditEntry entry, String prevHash) {
        this.id = id;
        // Hash exactly what will be read back: whole seconds, since EclipseLink drops fractions of a
        // second on databases that report themselves as MySQL 5.5 (MariaDB does).
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.SECONDS);
        this.actor = truncate(entry.actor(), 64);
        this.actorRole = entry.actorRole();
        this.action = entry.action();
        this.targetType = entry.targetType();
        this.targetId = truncate(entry.targetId(), 64);
        this.caseCode = entry.caseCode();
        this.ip = truncate(entry.ip(), 45);
        this.detail = truncate(entry.detail(), DETAIL_LENGTH);
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /** The hash this row should carry, computed from its content and the previous hash. */
    public String computeHash() {
        String canonical = String.join("\u001f",
                String.valueOf(id), occurredAt.toString(), nz(actor), nz(actorRole), action.name(),
                nz(targetType), nz(targetId), nz(caseCode), nz(ip), nz(detail), prevHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
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

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
