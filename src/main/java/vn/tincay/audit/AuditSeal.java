package vn.tincay.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The end of the sealed chain: locked by the sealer only, never by a transaction that records an
 * action, so it is not a hot row. Its own MAC covers the end, so it cannot be moved back to hide
 * removed rows without the key.
 */
@Entity
@Table(name = "audit_seal")
public class AuditSeal {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_mac", nullable = false, length = 64)
    private String lastMac;

    /** Rows up to this id were written before rows were signed; they are signed when first sealed. */
    @Column(name = "legacy_max_id", nullable = false)
    private long legacyMaxId;

    @Column(name = "mac_key", length = 16)
    private String macKey;

    @Column(name = "head_mac", length = 64)
    private String headMac;

    @Column(name = "sealed_at")
    private Instant sealedAt;

    protected AuditSeal() {
    }

    /** The end of an empty chain (the row the schema migration creates; tests build one to forge). */
    static AuditSeal fresh(long legacyMaxId) {
        AuditSeal seal = new AuditSeal();
        seal.id = ID;
        seal.lastMac = AuditChain.GENESIS;
        seal.legacyMaxId = legacyMaxId;
        return seal;
    }

    /** What the head MAC covers. */
    String content() {
        return "head\u001f" + lastSeq + "\u001f" + lastMac + "\u001f" + legacyMaxId;
    }

    void advance(long seq, String chainMac) {
        this.lastSeq = seq;
        this.lastMac = chainMac;
    }

    void sign(String keyId, String mac, Instant at) {
        this.macKey = keyId;
        this.headMac = mac;
        this.sealedAt = at;
    }

    long getLastSeq() {
        return lastSeq;
    }

    String getLastMac() {
        return lastMac;
    }

    long getLegacyMaxId() {
        return legacyMaxId;
    }

    String getMacKey() {
        return macKey;
    }

    String getHeadMac() {
        return headMac;
    }
}
