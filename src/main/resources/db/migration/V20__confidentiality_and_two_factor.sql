-- Confidentiality (issue 8): two-factor sign-in, every free-text field of a case encrypted, the
-- survivor's rights under the PDPL (consent withdrawal, identity corrections, retention) and the
-- breach register. Encrypted columns (*_enc and the widened free-text columns) hold
-- "v1:<key id>:<Base64>" only; V21 encrypts the rows written before this version.

-- Two-factor sign-in (TOTP, RFC 6238): the secret encrypted, the last time step accepted (a code is
-- never accepted twice), and one-time recovery codes stored as salted hashes.
ALTER TABLE user_account ADD COLUMN totp_secret_enc VARCHAR(512);
ALTER TABLE user_account ADD COLUMN totp_enrolled_at DATETIME(3);
ALTER TABLE user_account ADD COLUMN totp_last_step BIGINT;

CREATE TABLE recovery_code (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NOT NULL,
    salt       CHAR(24)    NOT NULL,
    code_hash  CHAR(44)    NOT NULL,
    created_at DATETIME(3) NOT NULL,
    used_at    DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_recovery_code_account ON recovery_code (account_id, used_at);

-- Free text about a case is stored encrypted; ciphertext is longer than the text, hence TEXT.
ALTER TABLE coordination_entry MODIFY COLUMN action_taken TEXT NOT NULL;
ALTER TABLE coordination_entry MODIFY COLUMN outcome TEXT;
ALTER TABLE coordination_entry MODIFY COLUMN next_step TEXT;
ALTER TABLE referral MODIFY COLUMN needs TEXT NOT NULL;
ALTER TABLE referral MODIFY COLUMN basis_reason TEXT;
ALTER TABLE referral MODIFY COLUMN response_note TEXT;
ALTER TABLE referral MODIFY COLUMN service_provided TEXT;
ALTER TABLE incident_status_change MODIFY COLUMN note TEXT;

-- Notifications that name a second case (possible duplicates) or an account (refused access).
ALTER TABLE notification ADD COLUMN related_case_code VARCHAR(32);
ALTER TABLE notification ADD COLUMN related_incident_id BIGINT;
ALTER TABLE notification ADD COLUMN subject_account VARCHAR(64);

-- Consent withdrawn by the survivor or guardian: what, who asked, who recorded it and when.
CREATE TABLE consent_withdrawal (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    incident_id  BIGINT      NOT NULL,
    consent_kind VARCHAR(24) NOT NULL,
    requested_by VARCHAR(16) NOT NULL,
    recorded_by  VARCHAR(64) NOT NULL,
    recorded_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_consent_withdrawal_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_consent_withdrawal_incident ON consent_withdrawal (incident_id, recorded_at);

-- Corrections of identity fields: the value before the correction is kept, encrypted.
CREATE TABLE identity_correction (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    incident_id   BIGINT      NOT NULL,
    field         VARCHAR(32) NOT NULL,
    old_value_enc TEXT,
    requested_by  VARCHAR(16) NOT NULL,
    corrected_by  VARCHAR(64) NOT NULL,
    corrected_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_identity_correction_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_identity_correction_incident ON identity_correction (incident_id, corrected_at);

-- Retention: closed cases are anonymised after a configured number of years unless held.
ALTER TABLE incident ADD COLUMN anonymised_at DATETIME(3);
ALTER TABLE incident ADD COLUMN retention_hold_reason_enc TEXT;
ALTER TABLE incident ADD COLUMN retention_hold_by VARCHAR(64);
ALTER TABLE incident ADD COLUMN retention_hold_at DATETIME(3);

CREATE INDEX ix_incident_retention ON incident (status, closed_at);

-- The breach register (Decree 356/2025: notify within 72 hours of discovery).
CREATE TABLE breach_record (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    discovered_at   DATETIME(3) NOT NULL,
    recorded_at     DATETIME(3) NOT NULL,
    recorded_by     VARCHAR(64) NOT NULL,
    description_enc TEXT        NOT NULL,
    data_affected   VARCHAR(32) NOT NULL,
    people_affected INT,
    status          VARCHAR(16) NOT NULL,
    closed_at       DATETIME(3),
    version         INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_breach_record_discovered ON breach_record (discovered_at);

CREATE TABLE breach_notification (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    breach_id   BIGINT       NOT NULL,
    recipient   VARCHAR(32)  NOT NULL,
    recipient_name VARCHAR(200) NOT NULL,
    channel     VARCHAR(16)  NOT NULL,
    notified_at DATETIME(3)  NOT NULL,
    content_enc TEXT         NOT NULL,
    recorded_by VARCHAR(64)  NOT NULL,
    recorded_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_breach_notification_breach FOREIGN KEY (breach_id) REFERENCES breach_record (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_breach_notification_breach ON breach_notification (breach_id, notified_at);

-- The administrator's audit page filters by action and time.
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);
