-- The inspection checklist of seed letter 000 §4đ, the schools' self-inspections against it, and
-- the leadership succession pool (quy hoach) in the staff statistics.
-- Kept in the SQL subset that MySQL 8, MariaDB 10.11 and H2 (MySQL mode) all accept.

-- A school's own inspection (tu kiem tra) of its work for the advancement of women.
CREATE TABLE self_inspection (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    district_id BIGINT        NOT NULL,
    school_id   BIGINT        NOT NULL,
    done_on     DATE          NOT NULL,
    note        VARCHAR(2000),
    created_by  VARCHAR(64)   NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    updated_by  VARCHAR(64)   NOT NULL,
    updated_at  DATETIME(3)   NOT NULL,
    version     INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_self_inspection_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_self_inspection_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_self_inspection_district_date ON self_inspection (district_id, done_on);
CREATE INDEX ix_self_inspection_school_date ON self_inspection (school_id, done_on);

-- One topic of a checklist: of a district inspection (plan_item_id) or of a self-inspection
-- (self_inspection_id), exactly one of them. result NULL: covered but not assessed yet.
CREATE TABLE inspection_checklist_item (
    plan_item_id       BIGINT,
    self_inspection_id BIGINT,
    topic              VARCHAR(32)   NOT NULL,
    result             VARCHAR(16),
    remark             VARCHAR(1000),
    CONSTRAINT uk_checklist_plan_item_topic UNIQUE (plan_item_id, topic),
    CONSTRAINT uk_checklist_self_inspection_topic UNIQUE (self_inspection_id, topic),
    CONSTRAINT ck_checklist_one_parent CHECK ((plan_item_id IS NULL AND self_inspection_id IS NOT NULL)
        OR (plan_item_id IS NOT NULL AND self_inspection_id IS NULL)),
    CONSTRAINT ck_checklist_result CHECK (result IS NULL OR result IN ('MET', 'PARTLY_MET', 'NOT_MET')),
    CONSTRAINT fk_checklist_plan_item FOREIGN KEY (plan_item_id) REFERENCES inspection_plan_item (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_checklist_self_inspection FOREIGN KEY (self_inspection_id) REFERENCES self_inspection (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Staff in the leadership succession pool (can bo trong dien quy hoach), by sex.
ALTER TABLE staff_statistics ADD COLUMN succession_pool_female INT NOT NULL DEFAULT 0;
ALTER TABLE staff_statistics ADD COLUMN succession_pool_male INT NOT NULL DEFAULT 0;
ALTER TABLE staff_statistics ADD CONSTRAINT ck_staff_statistics_pool
    CHECK (succession_pool_female >= 0 AND succession_pool_male >= 0
        AND succession_pool_female <= staff_female AND succession_pool_male <= staff_male);
