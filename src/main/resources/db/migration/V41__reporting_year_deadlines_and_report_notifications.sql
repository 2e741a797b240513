-- The reporting year the district's letters use: the year-end report of year Y covers from this day of
-- Y-1 ("11-11": the day after the previous year-end report was due, so the 15/11-15/12 action month
-- falls in it) to its due date; "01-01" makes it the calendar year.
ALTER TABLE district ADD COLUMN reporting_year_start CHAR(5) NOT NULL DEFAULT '11-11';

-- The district's own deadline to the province (the schools' deadline is due_date). Empty: 10 days after.
ALTER TABLE reporting_period ADD COLUMN district_due_date DATE NULL;

-- Notifications about periodic reports (submitted, resubmitted, returned, accepted, reminders).
ALTER TABLE notification ADD COLUMN report_id BIGINT NULL;
ALTER TABLE notification ADD COLUMN period_id BIGINT NULL;
ALTER TABLE notification ADD COLUMN report_unit VARCHAR(200) NULL;
CREATE INDEX ix_notification_period ON notification (period_id, kind);

-- Reminders once a report is overdue (every few days until it is submitted) and the coordinator's
-- "Nhắc nộp": at most one per unit, period and day.
CREATE TABLE report_overdue_reminder (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    period_id    BIGINT      NOT NULL,
    district_id  BIGINT      NOT NULL,
    school_id    BIGINT,
    unit_key     BIGINT      NOT NULL,
    sent_on      DATE        NOT NULL,
    requested_by VARCHAR(64),
    recipients   INT         NOT NULL,
    sent_at      DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_report_overdue_reminder_day UNIQUE (period_id, district_id, unit_key, sent_on),
    CONSTRAINT fk_report_overdue_reminder_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_report_overdue_reminder_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_report_overdue_reminder_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
