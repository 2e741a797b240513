-- The gender-equality work register (communication activities, trainings, inspections, documents
-- issued, staff statistics), the reporting periods and the district's target for women's share.
-- A "unit" is a school or the district office itself: every register row has district_id NOT NULL,
-- and school_id NULL for the district office's own register.
-- Kept in the SQL subset that MySQL 8, MariaDB 10.11 and H2 (MySQL mode) all accept.

-- Reporting periods set by the district per year: INTERIM (so ket) and YEAR_END (tong ket).
CREATE TABLE reporting_period (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    district_id BIGINT       NOT NULL,
    year        INT          NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    covers_from DATE         NOT NULL,
    covers_to   DATE         NOT NULL,
    due_date    DATE         NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_reporting_period UNIQUE (district_id, year, kind),
    CONSTRAINT ck_reporting_period_range CHECK (covers_from <= covers_to),
    CONSTRAINT fk_reporting_period_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_reporting_period_due ON reporting_period (due_date);

-- The district's target range for women's share (in percent, one decimal), e.g. 20.0 - 25.0.
CREATE TABLE district_target (
    district_id          BIGINT       NOT NULL,
    women_share_min_pct  DECIMAL(4,1) NOT NULL,
    women_share_max_pct  DECIMAL(4,1) NOT NULL,
    updated_by           VARCHAR(64)  NOT NULL,
    updated_at           DATETIME(3)  NOT NULL,
    version              INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (district_id),
    CONSTRAINT ck_district_target_range CHECK (women_share_min_pct >= 0 AND women_share_min_pct <= women_share_max_pct
        AND women_share_max_pct <= 100),
    CONSTRAINT fk_district_target_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE communication_activity (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    district_id         BIGINT        NOT NULL,
    school_id           BIGINT,
    title               VARCHAR(300)  NOT NULL,
    held_on             DATE          NOT NULL,
    form                VARCHAR(24)   NOT NULL,
    audience_staff      TINYINT(1)    NOT NULL DEFAULT 0,
    audience_students   TINYINT(1)    NOT NULL DEFAULT 0,
    audience_parents    TINYINT(1)    NOT NULL DEFAULT 0,
    participants_female INT           NOT NULL DEFAULT 0,
    participants_male   INT           NOT NULL DEFAULT 0,
    action_month        VARCHAR(24)   NOT NULL,
    effectiveness       VARCHAR(2000),
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_by          VARCHAR(64)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_activity_participants CHECK (participants_female >= 0 AND participants_male >= 0),
    CONSTRAINT fk_activity_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_activity_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_activity_district_date ON communication_activity (district_id, held_on);
CREATE INDEX ix_activity_school_date ON communication_activity (school_id, held_on);

CREATE TABLE training (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    district_id             BIGINT        NOT NULL,
    school_id               BIGINT,
    topic                   VARCHAR(300)  NOT NULL,
    starts_on               DATE          NOT NULL,
    ends_on                 DATE          NOT NULL,
    organiser               VARCHAR(200)  NOT NULL,
    participants_female     INT           NOT NULL DEFAULT 0,
    participants_male       INT           NOT NULL DEFAULT 0,
    participants_managers   INT           NOT NULL DEFAULT 0,
    participants_committee  INT           NOT NULL DEFAULT 0,
    participants_teachers   INT           NOT NULL DEFAULT 0,
    leadership_for_women    TINYINT(1)    NOT NULL DEFAULT 0,
    note                    VARCHAR(2000),
    created_by              VARCHAR(64)   NOT NULL,
    created_at              DATETIME(3)   NOT NULL,
    updated_by              VARCHAR(64)   NOT NULL,
    updated_at              DATETIME(3)   NOT NULL,
    version                 INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_training_dates CHECK (starts_on <= ends_on),
    CONSTRAINT ck_training_participants CHECK (participants_female >= 0 AND participants_male >= 0
        AND participants_managers >= 0 AND participants_committee >= 0 AND participants_teachers >= 0),
    CONSTRAINT fk_training_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_training_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_training_district_date ON training (district_id, starts_on);
CREATE INDEX ix_training_school_date ON training (school_id, starts_on);

-- The district's yearly inspection plan: one row per planned inspection of a school, with its
-- result (findings, recommendations, date done) once it has been carried out.
CREATE TABLE inspection_plan_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    district_id     BIGINT        NOT NULL,
    school_id       BIGINT        NOT NULL,
    plan_year       INT           NOT NULL,
    planned_on      DATE          NOT NULL,
    content         VARCHAR(2000) NOT NULL,
    done_on         DATE,
    findings        VARCHAR(4000),
    recommendations VARCHAR(4000),
    result_by       VARCHAR(64),
    result_at       DATETIME(3),
    created_by      VARCHAR(64)   NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    updated_by      VARCHAR(64)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_inspection_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_inspection_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_inspection_district_year ON inspection_plan_item (district_id, plan_year, planned_on);
CREATE INDEX ix_inspection_school ON inspection_plan_item (school_id, planned_on);

CREATE TABLE issued_document (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    district_id BIGINT        NOT NULL,
    school_id   BIGINT,
    doc_number  VARCHAR(64)   NOT NULL,
    issued_on   DATE          NOT NULL,
    doc_type    VARCHAR(16)   NOT NULL,
    title       VARCHAR(500)  NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    updated_by  VARCHAR(64)   NOT NULL,
    updated_at  DATETIME(3)   NOT NULL,
    version     INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_document_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_document_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_document_district_date ON issued_document (district_id, issued_on);
CREATE INDEX ix_document_school_date ON issued_document (school_id, issued_on);

-- Staff statistics of one unit for one reporting period. unit_key is school_id, or 0 for the
-- district office, so that "one row per unit and period" is a plain unique key (NULLs never clash).
CREATE TABLE staff_statistics (
    id                        BIGINT        NOT NULL AUTO_INCREMENT,
    district_id               BIGINT        NOT NULL,
    school_id                 BIGINT,
    unit_key                  BIGINT        NOT NULL,
    period_id                 BIGINT        NOT NULL,
    as_of                     DATE          NOT NULL,
    staff_female              INT           NOT NULL DEFAULT 0,
    staff_male                INT           NOT NULL DEFAULT 0,
    leaders_female            INT           NOT NULL DEFAULT 0,
    leaders_male              INT           NOT NULL DEFAULT 0,
    party_committee_female    INT           NOT NULL DEFAULT 0,
    party_committee_male      INT           NOT NULL DEFAULT 0,
    standing_committee_female INT           NOT NULL DEFAULT 0,
    standing_committee_male   INT           NOT NULL DEFAULT 0,
    committee_female          INT           NOT NULL DEFAULT 0,
    committee_male            INT           NOT NULL DEFAULT 0,
    note                      VARCHAR(2000),
    created_by                VARCHAR(64)   NOT NULL,
    created_at                DATETIME(3)   NOT NULL,
    updated_by                VARCHAR(64)   NOT NULL,
    updated_at                DATETIME(3)   NOT NULL,
    version                   INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_statistics_unit_period UNIQUE (period_id, district_id, unit_key),
    CONSTRAINT ck_staff_statistics_counts CHECK (staff_female >= 0 AND staff_male >= 0
        AND leaders_female >= 0 AND leaders_male >= 0
        AND party_committee_female >= 0 AND party_committee_male >= 0
        AND standing_committee_female >= 0 AND standing_committee_male >= 0
        AND committee_female >= 0 AND committee_male >= 0),
    CONSTRAINT fk_staff_statistics_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_staff_statistics_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_staff_statistics_period FOREIGN KEY (period_id) REFERENCES reporting_period (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_staff_statistics_district ON staff_statistics (district_id, period_id);
CREATE INDEX ix_staff_statistics_school ON staff_statistics (school_id, period_id);
