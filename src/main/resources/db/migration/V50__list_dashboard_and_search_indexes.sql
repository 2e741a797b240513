-- Indexes and search keys that keep the case lists, home pages and searches independent of how many
-- cases a district has collected over the years. Each index serves one query shape named beside it.

-- Case code search by prefix: the code without separators ("HDEMO20260042") and its part after the
-- district code ("20260042"), so "HDEMO-2026-00", "2026-0042" and "2026" all read an index range.
ALTER TABLE incident ADD COLUMN case_code_key VARCHAR(32);
ALTER TABLE incident ADD COLUMN case_serial VARCHAR(24);
UPDATE incident SET case_code_key = UPPER(REPLACE(case_code, '-', '')),
    case_serial = UPPER(REPLACE(SUBSTRING(case_code,
        (SELECT CHAR_LENGTH(d.code) FROM district d WHERE d.id = incident.district_id) + 2), '-', ''));
CREATE INDEX ix_incident_code_key ON incident (case_code_key);
CREATE INDEX ix_incident_district_serial ON incident (district_id, case_serial);

-- The case list's default order (newest report first) per scope, read backwards without sorting.
CREATE INDEX ix_incident_district_reported ON incident (district_id, reported_date);
CREATE INDEX ix_incident_school_reported ON incident (school_id, reported_date);
-- The list sorted by case code, by urgency.
CREATE INDEX ix_incident_district_code ON incident (district_id, case_code);
CREATE INDEX ix_incident_district_urgent_reported ON incident (district_id, urgent, reported_date);
-- Home page: open cases that must be reported, newest first.
CREATE INDEX ix_incident_district_must_report ON incident (district_id, must_report, status, reported_date);

-- Home page and list filter: overdue next steps are found from the open ones, not from every case.
CREATE INDEX ix_coordination_open_due ON coordination_entry (next_step_done, next_step_due, incident_id);
-- Home page: referrals still waiting for the service's answer.
CREATE INDEX ix_referral_status ON referral (status, incident_id);
