-- Work plans and budgets (ke hoach cong tac, du toan kinh phi theo Thong tu 191/2009/TT-BTC): a unit's
-- yearly plan for the advancement of women, its activity lines with planned and spent amounts, and the
-- resources mobilised from partners. Amounts are whole VND. The plan keeps its totals, so lists and
-- reports sum plain columns instead of reading every line.
CREATE TABLE work_plan (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    district_id      BIGINT        NOT NULL,
    school_id        BIGINT,
    plan_year        INT           NOT NULL,
    doc_number       VARCHAR(64)   NOT NULL,
    issued_on        DATE          NOT NULL,
    title            VARCHAR(500)  NOT NULL,
    planned_total    BIGINT        NOT NULL DEFAULT 0,
    spent_total      BIGINT        NOT NULL DEFAULT 0,
    mobilised_total  BIGINT        NOT NULL DEFAULT 0,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    updated_by       VARCHAR(64)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    version          INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_work_plan_totals CHECK (planned_total >= 0 AND spent_total >= 0 AND mobilised_total >= 0),
    CONSTRAINT fk_work_plan_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_work_plan_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_work_plan_district_date ON work_plan (district_id, issued_on);
CREATE INDEX ix_work_plan_school_date ON work_plan (school_id, issued_on);

CREATE TABLE work_plan_activity (
    plan_id         BIGINT         NOT NULL,
    position        INT            NOT NULL,
    content         VARCHAR(1000)  NOT NULL,
    planned_amount  BIGINT         NOT NULL,
    spent_amount    BIGINT         NOT NULL,
    funding_source  VARCHAR(24)    NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    CONSTRAINT ck_work_plan_activity_amounts CHECK (planned_amount >= 0 AND spent_amount >= 0),
    CONSTRAINT fk_work_plan_activity_plan FOREIGN KEY (plan_id) REFERENCES work_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_work_plan_activity_plan ON work_plan_activity (plan_id, position);

CREATE TABLE work_plan_resource (
    plan_id      BIGINT         NOT NULL,
    position     INT            NOT NULL,
    partner      VARCHAR(300)   NOT NULL,
    support_kind VARCHAR(16)    NOT NULL,
    amount       BIGINT         NOT NULL,
    description  VARCHAR(1000),
    CONSTRAINT ck_work_plan_resource_amount CHECK (amount >= 0),
    CONSTRAINT fk_work_plan_resource_plan FOREIGN KEY (plan_id) REFERENCES work_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_work_plan_resource_plan ON work_plan_resource (plan_id, position);
