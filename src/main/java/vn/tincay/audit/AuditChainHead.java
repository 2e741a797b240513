package vn.tincay.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row that holds the end of the audit chain; locked for every append. */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_id", nullable = false)
    private long lastId;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    long getLastId() {
        return lastId;
    }

    String getLastHash() {
        return lastHash;
    }

    void advance(long newLastId, String newLastHash) {
        this.lastId = newLastId;
        this.lastHash = newLastHash;
    }
}
