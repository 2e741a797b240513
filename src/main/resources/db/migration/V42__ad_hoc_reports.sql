-- Ad-hoc reports (báo cáo đột xuất, seed 004 §2): the district asks its schools its own questions with
-- its own due date; each school answers in the app.
CREATE TABLE adhoc_request (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    district_id BIGINT       NOT NULL,
    title       VARCHAR(300) NOT NULL,
    due_date    DATE         NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_adhoc_request_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_adhoc_request_district ON adhoc_request (district_id, due_date);

CREATE TABLE adhoc_question (
    request_id BIGINT        NOT NULL,
    position   INT           NOT NULL,
    question   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (request_id, position),
    CONSTRAINT fk_adhoc_question_request FOREIGN KEY (request_id) REFERENCES adhoc_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE adhoc_answer (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    request_id   BIGINT      NOT NULL,
    school_id    BIGINT      NOT NULL,
    submitted_at DATETIME(3),
    updated_by   VARCHAR(64) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    version      INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_adhoc_answer_school UNIQUE (request_id, school_id),
    CONSTRAINT fk_adhoc_answer_request FOREIGN KEY (request_id) REFERENCES adhoc_request (id),
    CONSTRAINT fk_adhoc_answer_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE adhoc_answer_text (
    answer_id BIGINT NOT NULL,
    position  INT    NOT NULL,
    body      TEXT,
    PRIMARY KEY (answer_id, position),
    CONSTRAINT fk_adhoc_answer_text_answer FOREIGN KEY (answer_id) REFERENCES adhoc_answer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
