-- Topics of communication activities and trainings, partners of activities (issue 10), and the
-- emulation nominations of a unit (thi dua khen thuong, seed 004 section 2).

CREATE TABLE activity_topic (
    activity_id BIGINT      NOT NULL,
    topic       VARCHAR(32) NOT NULL,
    PRIMARY KEY (activity_id, topic),
    CONSTRAINT fk_activity_topic_activity FOREIGN KEY (activity_id) REFERENCES communication_activity (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_activity_topic_topic ON activity_topic (topic, activity_id);

CREATE TABLE training_topic (
    training_id BIGINT      NOT NULL,
    topic       VARCHAR(32) NOT NULL,
    PRIMARY KEY (training_id, topic),
    CONSTRAINT fk_training_topic_training FOREIGN KEY (training_id) REFERENCES training (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE activity_partner (
    activity_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    name        VARCHAR(200) NOT NULL,
    PRIMARY KEY (activity_id, position),
    CONSTRAINT fk_activity_partner_activity FOREIGN KEY (activity_id) REFERENCES communication_activity (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE emulation_nomination (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    district_id  BIGINT        NOT NULL,
    school_id    BIGINT,
    award_year   INT           NOT NULL,
    proposed_on  DATE          NOT NULL,
    nominee_kind VARCHAR(16)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    sex          VARCHAR(8),
    award        VARCHAR(200)  NOT NULL,
    achievement  VARCHAR(2000),
    created_by   VARCHAR(64)   NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    updated_by   VARCHAR(64)   NOT NULL,
    updated_at   DATETIME(3)   NOT NULL,
    version      INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_nomination_sex CHECK ((nominee_kind = 'INDIVIDUAL' AND sex IN ('FEMALE', 'MALE'))
        OR (nominee_kind = 'COLLECTIVE' AND sex IS NULL)),
    CONSTRAINT fk_nomination_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_nomination_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_nomination_district_date ON emulation_nomination (district_id, proposed_on);
CREATE INDEX ix_nomination_school_date ON emulation_nomination (school_id, proposed_on);
