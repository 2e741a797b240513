-- Incident reports, their follow-up (status history, coordination log, referrals), evidence
-- attachments and in-app notifications. Survivor identity, narratives and attachment contents are
-- stored only encrypted (columns *_enc: "v1:<key id>:<Base64>"); names are searchable through keyed
-- hashes only.

CREATE TABLE case_sequence (
    district_id BIGINT NOT NULL,
    year        INT    NOT NULL,
    last_value  INT    NOT NULL,
    PRIMARY KEY (district_id, year),
    CONSTRAINT fk_case_sequence_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE incident (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    case_code               VARCHAR(32)  NOT NULL,
    submission_token        CHAR(36)     NOT NULL,
    district_id             BIGINT       NOT NULL,
    school_id               BIGINT       NOT NULL,
    reported_by_id          BIGINT       NOT NULL,
    assigned_to_id          BIGINT,
    status                  VARCHAR(16)  NOT NULL,
    close_reason            VARCHAR(32),
    gbv_type                VARCHAR(32)  NOT NULL,
    answer_penetration      TINYINT(1)   NOT NULL DEFAULT 0,
    answer_sexual_contact   TINYINT(1)   NOT NULL DEFAULT 0,
    answer_physical         TINYINT(1)   NOT NULL DEFAULT 0,
    answer_forced_marriage  TINYINT(1)   NOT NULL DEFAULT 0,
    answer_denial           TINYINT(1)   NOT NULL DEFAULT 0,
    answer_psychological    TINYINT(1)   NOT NULL DEFAULT 0,
    flag_domestic           TINYINT(1)   NOT NULL DEFAULT 0,
    flag_child_abuse        TINYINT(1)   NOT NULL DEFAULT 0,
    flag_online             TINYINT(1)   NOT NULL DEFAULT 0,
    flag_marriage_brokering TINYINT(1)   NOT NULL DEFAULT 0,
    child_sexual_abuse      TINYINT(1)   NOT NULL DEFAULT 0,
    early_marriage          TINYINT(1)   NOT NULL DEFAULT 0,
    must_report             TINYINT(1)   NOT NULL DEFAULT 0,
    urgent                  TINYINT(1)   NOT NULL DEFAULT 0,
    incident_date           DATE         NOT NULL,
    reported_date           DATE         NOT NULL,
    place_type              VARCHAR(24)  NOT NULL,
    narrative_enc           TEXT,
    survivor_age            INT,
    survivor_age_group      VARCHAR(16)  NOT NULL,
    survivor_sex            VARCHAR(8)   NOT NULL,
    survivor_kind           VARCHAR(16)  NOT NULL,
    survivor_disability     TINYINT(1)   NOT NULL DEFAULT 0,
    survivor_name_enc       VARCHAR(1024),
    survivor_birth_date_enc VARCHAR(256),
    survivor_class_enc      VARCHAR(512),
    survivor_address_enc    VARCHAR(2048),
    guardian_name_enc       VARCHAR(1024),
    guardian_phone_enc      VARCHAR(512),
    survivor_name_hash      CHAR(43),
    consent_given_by        VARCHAR(16),
    consent_referral        TINYINT(1)   NOT NULL DEFAULT 0,
    consent_statistics      TINYINT(1)   NOT NULL DEFAULT 0,
    consent_share_contact   TINYINT(1)   NOT NULL DEFAULT 0,
    closed_at               DATETIME(3),
    created_at              DATETIME(3)  NOT NULL,
    updated_at              DATETIME(3)  NOT NULL,
    version                 INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_incident_case_code UNIQUE (case_code),
    CONSTRAINT uk_incident_submission UNIQUE (submission_token),
    CONSTRAINT fk_incident_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_incident_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_incident_reporter FOREIGN KEY (reported_by_id) REFERENCES user_account (id),
    CONSTRAINT fk_incident_assignee FOREIGN KEY (assigned_to_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_incident_district_status ON incident (district_id, status, reported_date);
CREATE INDEX ix_incident_district_date ON incident (district_id, incident_date);
CREATE INDEX ix_incident_school_status ON incident (school_id, status, reported_date);
CREATE INDEX ix_incident_school_date ON incident (school_id, incident_date);
CREATE INDEX ix_incident_reporter ON incident (reported_by_id, reported_date);
CREATE INDEX ix_incident_assignee ON incident (assigned_to_id, status);
CREATE INDEX ix_incident_type ON incident (district_id, gbv_type);
CREATE INDEX ix_incident_urgent ON incident (district_id, urgent, status);
CREATE INDEX ix_incident_name_hash ON incident (survivor_name_hash);

CREATE TABLE survivor_name_word (
    incident_id BIGINT   NOT NULL,
    word_hash   CHAR(43) NOT NULL,
    PRIMARY KEY (incident_id, word_hash),
    CONSTRAINT fk_survivor_name_word_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_survivor_name_word_hash ON survivor_name_word (word_hash);

CREATE TABLE perpetrator (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    incident_id  BIGINT      NOT NULL,
    position     INT         NOT NULL,
    relationship VARCHAR(24) NOT NULL,
    sex          VARCHAR(8)  NOT NULL,
    age_group    VARCHAR(16) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_perpetrator_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_perpetrator_incident ON perpetrator (incident_id, position);

CREATE TABLE incident_status_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    incident_id BIGINT        NOT NULL,
    from_status VARCHAR(16),
    to_status   VARCHAR(16)   NOT NULL,
    reason      VARCHAR(32),
    note        VARCHAR(1000),
    changed_by  VARCHAR(64)   NOT NULL,
    changed_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_status_change_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_status_change_incident ON incident_status_change (incident_id, changed_at);

CREATE TABLE coordination_entry (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    incident_id    BIGINT        NOT NULL,
    agency         VARCHAR(24)   NOT NULL,
    action_taken   VARCHAR(2000) NOT NULL,
    outcome        VARCHAR(2000),
    next_step      VARCHAR(1000),
    next_step_due  DATE,
    next_step_done TINYINT(1)    NOT NULL DEFAULT 0,
    recorded_by    VARCHAR(64)   NOT NULL,
    recorded_at    DATETIME(3)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_coordination_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_coordination_incident ON coordination_entry (incident_id, recorded_at);
CREATE INDEX ix_coordination_due ON coordination_entry (next_step_done, next_step_due);

CREATE TABLE referral (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    incident_id             BIGINT        NOT NULL,
    service_organisation_id BIGINT        NOT NULL,
    needs                   VARCHAR(2000) NOT NULL,
    basis                   VARCHAR(24)   NOT NULL,
    basis_reason            VARCHAR(1000),
    status                  VARCHAR(24)   NOT NULL,
    response_note           VARCHAR(2000),
    service_provided        VARCHAR(2000),
    referred_by             VARCHAR(64)   NOT NULL,
    referred_at             DATETIME(3)   NOT NULL,
    responded_at            DATETIME(3),
    closed_at               DATETIME(3),
    version                 INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_referral_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_referral_service FOREIGN KEY (service_organisation_id) REFERENCES service_organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_referral_service_status ON referral (service_organisation_id, status, referred_at);
CREATE INDEX ix_referral_incident ON referral (incident_id);

CREATE TABLE attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    incident_id   BIGINT       NOT NULL,
    file_name_enc VARCHAR(1024) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    INT          NOT NULL,
    content_enc   LONGBLOB     NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attachment_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_attachment_incident ON attachment (incident_id);

CREATE TABLE notification (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    recipient_id BIGINT      NOT NULL,
    kind         VARCHAR(32) NOT NULL,
    incident_id  BIGINT,
    case_code    VARCHAR(32),
    created_at   DATETIME(3) NOT NULL,
    read_at      DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES user_account (id),
    CONSTRAINT fk_notification_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at, created_at);
