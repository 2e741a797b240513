-- The unit's Committee for the Advancement of Women (Ban vì sự tiến bộ của phụ nữ): each decision
-- that set it up or re-formed it (kiện toàn) with the members it names, and the committee's meetings
-- with their minutes. Kept by each school and by the district office, like the other register rows.

CREATE TABLE women_committee (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    district_id     BIGINT        NOT NULL,
    school_id       BIGINT,
    decision_number VARCHAR(64)   NOT NULL,
    decided_on      DATE          NOT NULL,
    signer_body     VARCHAR(255)  NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    updated_by      VARCHAR(64)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_women_committee_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_women_committee_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_women_committee_district_date ON women_committee (district_id, decided_on);
CREATE INDEX ix_women_committee_school_date ON women_committee (school_id, decided_on);

CREATE TABLE women_committee_member (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    committee_id  BIGINT        NOT NULL,
    position      INT           NOT NULL,
    full_name     VARCHAR(150)  NOT NULL,
    committee_role VARCHAR(24)  NOT NULL,
    job_title     VARCHAR(150)  NOT NULL,
    sex           VARCHAR(8)    NOT NULL,
    term_from     INT           NOT NULL,
    term_to       INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_women_committee_member FOREIGN KEY (committee_id) REFERENCES women_committee (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_women_committee_member ON women_committee_member (committee_id, position);

-- The minutes of a meeting: one file, its type detected from its content at upload.
CREATE TABLE women_committee_minutes (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    file_name     VARCHAR(150)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    INT           NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    uploaded_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE women_committee_meeting (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    district_id BIGINT        NOT NULL,
    school_id   BIGINT,
    held_on     DATE          NOT NULL,
    content     VARCHAR(2000) NOT NULL,
    minutes_id  BIGINT,
    created_by  VARCHAR(64)   NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    updated_by  VARCHAR(64)   NOT NULL,
    updated_at  DATETIME(3)   NOT NULL,
    version     INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_committee_meeting_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_committee_meeting_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_committee_meeting_minutes FOREIGN KEY (minutes_id) REFERENCES women_committee_minutes (id),
    CONSTRAINT uq_committee_meeting_minutes UNIQUE (minutes_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_committee_meeting_district_date ON women_committee_meeting (district_id, held_on);
CREATE INDEX ix_committee_meeting_school_date ON women_committee_meeting (school_id, held_on);
