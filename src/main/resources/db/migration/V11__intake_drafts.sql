-- Incident reports being typed: the intake wizard saves its draft at every step, so a report
-- survives an expired session, a closed tab or a database outage at submission. Everything typed is
-- one encrypted payload (the same field encryption as the filed identity); only the step, the school
-- and the times are plain, for the author's list. A filed report deletes its draft (by the
-- submission token) in the same transaction; drafts not continued are deleted after a retention period.
CREATE TABLE intake_draft (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    author_id        BIGINT       NOT NULL,
    school_id        BIGINT,
    submission_token CHAR(36)     NOT NULL,
    current_step     VARCHAR(32)  NOT NULL,
    payload_enc      MEDIUMTEXT   NOT NULL,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_intake_draft_token UNIQUE (submission_token),
    CONSTRAINT fk_intake_draft_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT fk_intake_draft_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_intake_draft_author ON intake_draft (author_id, updated_at);
CREATE INDEX ix_intake_draft_updated ON intake_draft (updated_at);
