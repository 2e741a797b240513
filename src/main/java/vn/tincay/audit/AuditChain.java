package vn.tincay.audit;

/**
 * The MACs of the audit log, as pure functions of the keys and the rows: what the writer signs, what
 * the sealer chains and what the verifier recomputes.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private final AuditKeys keys;

    AuditChain(AuditKeys keys) {
        this.keys = keys;
    }

    /** Signs a new row (its id assigned) with the active key. */
    void sign(AuditEvent event) {
        String keyId = keys.activeId();
        event.sign(keyId, rowMac(keyId, event));
    }

    String rowMac(String keyId, AuditEvent event) {
        return keys.mac(keyId, "row\u001e" + event.content());
    }

    String chainMac(String keyId, String previousChainMac, long seq, AuditEvent event) {
        return keys.mac(keyId, "chain\u001e" + previousChainMac + "\u001f" + seq + "\u001f" + event.getId()
                + "\u001f" + event.getRowMac());
    }

    /** The key that chains a row: its own signing key, or the active one for a row nobody signed. */
    String chainKey(AuditEvent event) {
        String keyId = event.getMacKey();
        return keyId != null && keys.has(keyId) ? keyId : keys.activeId();
    }

    void signHead(AuditSeal seal, java.time.Instant at) {
        String keyId = keys.activeId();
        seal.sign(keyId, keys.mac(keyId, seal.content()), at);
    }

    /** Whether a row's own MAC is right (false for unsigned rows and for rows signed with an unknown key). */
    boolean rowIsAuthentic(AuditEvent event) {
        return event.getMacKey() != null && event.getRowMac() != null && keys.has(event.getMacKey())
                && rowMac(event.getMacKey(), event).equals(event.getRowMac());
    }

    boolean headIsAuthentic(AuditSeal seal) {
        if (seal.getLastSeq() == 0 && seal.getHeadMac() == null) {
            return GENESIS.equals(seal.getLastMac());
        }
        return seal.getMacKey() != null && seal.getHeadMac() != null && keys.has(seal.getMacKey())
                && keys.mac(seal.getMacKey(), seal.content()).equals(seal.getHeadMac());
    }
}
