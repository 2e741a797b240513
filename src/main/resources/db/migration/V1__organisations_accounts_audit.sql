-- Organisations, user accounts and the tamper-evident audit log.
-- Kept in the SQL subset that MySQL 8, MariaDB 10.11 and H2 (MySQL mode) all accept.

CREATE TABLE province (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    office_name VARCHAR(200) NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_province_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE district (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    province_id   BIGINT       NOT NULL,
    code          VARCHAR(16)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    office_name   VARCHAR(200) NOT NULL,
    contact_name  VARCHAR(200),
    contact_phone VARCHAR(32),
    contact_email VARCHAR(254),
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_district_code UNIQUE (code),
    CONSTRAINT fk_district_province FOREIGN KEY (province_id) REFERENCES province (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE school (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    district_id BIGINT       NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    ownership   VARCHAR(16)  NOT NULL,
    address     VARCHAR(300),
    phone       VARCHAR(32),
    email       VARCHAR(254),
    active      TINYINT(1)   NOT NULL DEFAULT 1,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_school_code UNIQUE (code),
    CONSTRAINT fk_school_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_school_district_name ON school (district_id, name);

CREATE TABLE service_organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    district_id BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    address     VARCHAR(300),
    phone       VARCHAR(32),
    email       VARCHAR(254),
    active      TINYINT(1)   NOT NULL DEFAULT 1,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_service_organisation_name UNIQUE (district_id, name),
    CONSTRAINT fk_service_organisation_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    username                VARCHAR(64)  NOT NULL,
    display_name            VARCHAR(200) NOT NULL,
    email                   VARCHAR(254),
    role                    VARCHAR(32)  NOT NULL,
    province_id             BIGINT,
    district_id             BIGINT,
    school_id               BIGINT,
    service_organisation_id BIGINT,
    password_hash           VARCHAR(512) NOT NULL,
    must_change_password    TINYINT(1)   NOT NULL DEFAULT 0,
    enabled                 TINYINT(1)   NOT NULL DEFAULT 1,
    failed_sign_ins         INT          NOT NULL DEFAULT 0,
    locked_until            DATETIME(3),
    preferred_locale        VARCHAR(8),
    last_sign_in_at         DATETIME(3),
    created_at              DATETIME(3)  NOT NULL,
    updated_at              DATETIME(3)  NOT NULL,
    version                 INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_user_account_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_user_account_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_user_account_service FOREIGN KEY (service_organisation_id) REFERENCES service_organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_user_account_role ON user_account (role);

-- Append-only: the application only ever inserts. Each row carries the hash of the row before it,
-- so a changed or deleted row breaks the chain and the verification finds it.
CREATE TABLE audit_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(3)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    actor_role  VARCHAR(32),
    action      VARCHAR(48)   NOT NULL,
    target_type VARCHAR(32),
    target_id   VARCHAR(64),
    case_code   VARCHAR(32),
    ip          VARCHAR(45),
    detail      VARCHAR(1000),
    prev_hash   CHAR(64)      NOT NULL,
    hash        CHAR(64)      NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_event_case ON audit_event (case_code, occurred_at);
CREATE INDEX ix_audit_event_target ON audit_event (target_type, target_id);

-- The single row that serialises appends to the chain.
CREATE TABLE audit_chain_head (
    id        INT      NOT NULL,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
