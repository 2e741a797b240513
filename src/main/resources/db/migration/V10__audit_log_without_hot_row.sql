-- The audit log without a row that every writing transaction locks: each action inserts its own
-- row signed with a keyed MAC; a sealer chains committed rows afterwards and only it locks the
-- chain's end (audit_seal). The unkeyed SHA-256 chain and its head row go.
DROP TABLE audit_chain_head;
ALTER TABLE audit_event DROP COLUMN prev_hash;
ALTER TABLE audit_event DROP COLUMN hash;
ALTER TABLE audit_event ADD COLUMN mac_key VARCHAR(16) NULL;
ALTER TABLE audit_event ADD COLUMN row_mac CHAR(64) NULL;
ALTER TABLE audit_event ADD COLUMN seq BIGINT NULL;
ALTER TABLE audit_event ADD COLUMN chain_mac CHAR(64) NULL;
CREATE UNIQUE INDEX uk_audit_event_seq ON audit_event (seq);

CREATE TABLE audit_seal (
    id            INT         NOT NULL,
    last_seq      BIGINT      NOT NULL,
    last_mac      CHAR(64)    NOT NULL,
    legacy_max_id BIGINT      NOT NULL,
    mac_key       VARCHAR(16),
    head_mac      CHAR(64),
    sealed_at     DATETIME(3),
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Rows written before this version are signed when first sealed (legacy_max_id marks them).
INSERT INTO audit_seal (id, last_seq, last_mac, legacy_max_id)
SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000', COALESCE(MAX(id), 0)
FROM audit_event;
