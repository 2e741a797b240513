-- Ad-hoc reports (V42) get the periodic reports' notifications and reminders: the schools hear of a new
-- request, the coordinators of each submission; reminders before and after the due date and the
-- coordinator's "Nhắc nộp" go to the schools that have not submitted.
ALTER TABLE notification ADD COLUMN adhoc_request_id BIGINT NULL;

-- One row per reminder sent to a school for an ad-hoc report: the due-soon one (overdue = 0) once, the
-- overdue ones at most one a day (the unique key), a "Nhắc nộp" recorded with the coordinator who asked.
CREATE TABLE adhoc_reminder (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    request_id   BIGINT      NOT NULL,
    school_id    BIGINT      NOT NULL,
    sent_on      DATE        NOT NULL,
    overdue      TINYINT(1)  NOT NULL,
    requested_by VARCHAR(64),
    recipients   INT         NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_adhoc_reminder_day UNIQUE (request_id, school_id, sent_on),
    CONSTRAINT fk_adhoc_reminder_request FOREIGN KEY (request_id) REFERENCES adhoc_request (id),
    CONSTRAINT fk_adhoc_reminder_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
