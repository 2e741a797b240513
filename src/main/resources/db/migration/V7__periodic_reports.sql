-- Periodic reports (school reports and the district's consolidated report), their kept versions and
-- the deadline reminders already sent. A "unit" is a school or the district office: school_id is
-- NULL for the district office's report, and unit_key (school id, or 0) makes "one report per unit
-- and period" a plain unique key.
-- Kept in the SQL subset that MySQL 8, MariaDB 10.11 and H2 (MySQL mode) all accept.

CREATE TABLE periodic_report (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    district_id        BIGINT        NOT NULL,
    school_id          BIGINT,
    unit_key           BIGINT        NOT NULL,
    period_id          BIGINT        NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    document_number    VARCHAR(64),
    place              VARCHAR(100),
    signer_title       VARCHAR(200),
    signer_name        VARCHAR(200),
    recipients         VARCHAR(1000),
    figures_as_of      DATETIME(3),
    return_comment     VARCHAR(2000),
    report_date        DATE,
    first_submitted_at DATETIME(3),
    submitted_at       DATETIME(3),
    decided_at         DATETIME(3),
    decided_by         VARCHAR(64),
    created_by         VARCHAR(64)   NOT NULL,
    created_at         DATETIME(3)   NOT NULL,
    updated_by         VARCHAR(64)   NOT NULL,
    updated_at         DATETIME(3)   NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_periodic_report_unit UNIQUE (period_id, district_id, unit_key),
    CONSTRAINT fk_periodic_report_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_periodic_report_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_periodic_report_period FOREIGN KEY (period_id) REFERENCES reporting_period (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_periodic_report_district ON periodic_report (district_id, period_id, status);
CREATE INDEX ix_periodic_report_school ON periodic_report (school_id, period_id);

-- The text of each section of the outline (sections without text have no row).
CREATE TABLE periodic_report_section (
    report_id BIGINT      NOT NULL,
    section   VARCHAR(24) NOT NULL,
    body      MEDIUMTEXT,
    CONSTRAINT fk_report_section_report FOREIGN KEY (report_id) REFERENCES periodic_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_report_section_report ON periodic_report_section (report_id, section);

-- Cases chosen for II.2 b): code and an anonymous summary (no code in a district report).
CREATE TABLE periodic_report_case (
    report_id   BIGINT        NOT NULL,
    position    INT           NOT NULL,
    incident_id BIGINT,
    case_code   VARCHAR(32),
    summary     VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_report_case_report FOREIGN KEY (report_id) REFERENCES periodic_report (id),
    CONSTRAINT fk_report_case_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_report_case_report ON periodic_report_case (report_id, position);

-- The report's figures (counts), frozen with it; the consolidation sums them with GROUP BY.
CREATE TABLE periodic_report_figure (
    report_id    BIGINT      NOT NULL,
    figure       VARCHAR(48) NOT NULL,
    figure_value BIGINT      NOT NULL,
    CONSTRAINT ck_report_figure_value CHECK (figure_value >= 0),
    CONSTRAINT fk_report_figure_report FOREIGN KEY (report_id) REFERENCES periodic_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_report_figure_report ON periodic_report_figure (report_id, figure);

-- Every saved, submitted, accepted or returned version, with the full content as it was then.
CREATE TABLE periodic_report_version (
    id        BIGINT        NOT NULL AUTO_INCREMENT,
    report_id BIGINT        NOT NULL,
    number    INT           NOT NULL,
    action    VARCHAR(16)   NOT NULL,
    status    VARCHAR(16)   NOT NULL,
    comment   VARCHAR(2000),
    acted_by  VARCHAR(64)   NOT NULL,
    acted_at  DATETIME(3)   NOT NULL,
    content   MEDIUMTEXT    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_report_version_number UNIQUE (report_id, number),
    CONSTRAINT fk_report_version_report FOREIGN KEY (report_id) REFERENCES periodic_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Deadline reminders already sent: at most one per unit and period.
CREATE TABLE report_reminder (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    period_id   BIGINT      NOT NULL,
    district_id BIGINT      NOT NULL,
    school_id   BIGINT,
    unit_key    BIGINT      NOT NULL,
    sent_at     DATETIME(3) NOT NULL,
    recipients  INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_report_reminder_unit UNIQUE (period_id, district_id, unit_key),
    CONSTRAINT fk_report_reminder_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_report_reminder_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_report_reminder_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
