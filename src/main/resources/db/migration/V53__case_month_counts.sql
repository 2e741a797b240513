-- The statistics pages count a district's cases of a period by type, status, month, school level, reporting
-- delay, age group, days to close and referral outcome. At a province's ten years of cases, grouping the
-- period's incidents on every view reads a year's index entries (100,000 at a million cases). This table
-- keeps those counts per school and month received, maintained in the same transaction as every change that
-- moves them (filing, status change, revised answers, withdrawn consent, referrals; MonthlyCounts), so a
-- year of a district is a few thousand rows. Partial months at the edges of a date range are still read from
-- the incidents.
--
-- One row counts the cases (or, for REFERRAL, the referrals) of one school, month received and consent to
-- statistics that fall in one category of one dimension:
--   TYPE      category = gbv_type
--   STATUS    category = status
--   DELAY     category = reporting delay bucket (ReportingDelay)
--   AGE       category = survivor_age_group
--   CLOSED    category = gbv_type, days = days from the report to the closing day (Vietnam's day)
--   DISTRICT_CLOSED  the same for the whole district (school_id 0, consented 0): a year of a district has
--             about as many distinct (school, days) pairs as closed cases, but few distinct days, and the
--             district's dashboard reads these
--   REFERRAL  category = referral status (consented is always 0: province statistics never show referrals)
CREATE TABLE case_month_count (
    district_id     BIGINT      NOT NULL,
    month_received  DATE        NOT NULL,
    school_id       BIGINT      NOT NULL,
    consented       TINYINT(1)  NOT NULL,
    dimension       VARCHAR(16) NOT NULL,
    category        VARCHAR(32) NOT NULL,
    days            INT         NOT NULL,
    cases           INT         NOT NULL,
    -- The dimension comes before the months: a page reads each dimension's rows of its period as one range.
    PRIMARY KEY (district_id, dimension, month_received, school_id, consented, category, days),
    -- No foreign key to school: the district's rows have school_id 0.
    CONSTRAINT fk_case_month_count_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A school's own statistics read its rows without the district's.
CREATE INDEX ix_case_month_count_school ON case_month_count (school_id, dimension, month_received);

-- The counts of the cases already there. The month received is the report date's first day; days to close
-- and delay buckets are computed as the statistics queries compute them (StatisticsQueries, ReportingDelay).
INSERT INTO case_month_count (district_id, month_received, school_id, consented, dimension, category, days, cases)
SELECT x.district_id, x.month_received, x.school_id, x.consented, 'TYPE', x.gbv_type, 0, COUNT(*)
FROM (SELECT i.district_id AS district_id, i.school_id AS school_id, i.consent_statistics AS consented,
             CAST(TIMESTAMPADD(DAY, 1 - DAYOFMONTH(i.reported_date), i.reported_date) AS DATE) AS month_received,
             i.gbv_type AS gbv_type
      FROM incident i) x
GROUP BY x.district_id, x.month_received, x.school_id, x.consented, x.gbv_type;

INSERT INTO case_month_count (district_id, month_received, school_id, consented, dimension, category, days, cases)
SELECT x.district_id, x.month_received, x.school_id, x.consented, 'STATUS', x.status, 0, COUNT(*)
FROM (SELECT i.district_id AS district_id, i.school_id AS school_id, i.consent_statistics AS consented,
             CAST(TIMESTAMPADD(DAY, 1 - DAYOFMONTH(i.reported_date), i.reported_date) AS DATE) AS month_received,
             i.status AS status
      FROM incident i) x
GROUP BY x.district_id, x.month_received, x.school_id, x.consented, x.status;

INSERT INTO case_month_count (district_id, month_received, school_id, consented, dimension, category, days, cases)
SELECT x.district_id, x.month_received, x.school_id, x.consented, 'DELAY', x.bucket, 0, COUNT(*)
FROM (SELECT i.district_id AS district_id, i.school_id AS school_id, i.consent_statistics AS consented,
             CAST(TIMESTAMPADD(DAY, 1 - DAYOFMONTH(i.reported_date), i.reported_date) AS DATE) AS month_received,
             CASE WHEN TIMESTAMPDIFF(DAY, i.incident_date, i.reported_date) <= 3 THEN 'DAYS_0_3'
                  WHEN TIMESTAMPDIFF(DAY, i.incident_date, i.reported_date) <= 5 THEN 'DAYS_4_5'
                  WHEN TIMESTAMPDIFF(DAY, i.incident_date, i.reported_date) <= 14 THEN 'DAYS_6_14'
                  WHEN TIMESTAMPDIFF(DAY, i.incident_date, i.reported_date) <= 30 THEN 'DAYS_15_30'
                  ELSE 'OVER_30' END AS bucket
      FROM incident i) x
GROUP BY x.district_id, x.month_received, x.school_id, x.consented, x.bucket;

INSERT INTO case_month_count (district_id, month_received, school_id, consented, dimension, category, days, cases)
SELECT x.district_id, x.month_received, x.school_id, x.consented, 'AGE', x.age_group, 0, COUNT(*)
FROM (SELECT i.district_id AS district_id, i.school_id AS school_id, i.consent_statistics AS consented,
             CAST(TIMESTAMPADD(DAY, 1 - DAYOFMONTH(i.reported_date), i.reported_date) AS DATE) AS month_received,
             i.survivor_age_group AS age_group
      FROM incident i) x
GROUP BY x.district_id, x.month_received, x.school_id, x.consented, x.age_group;

INSERT INTO case_month_count (district_id, month_received, school_id, consented, dimension, category, days, cases)
SELECT x.district_id, x.month_received, x.school_id, x.consented, 'CLOSED', x.gbv_type, x.close_days, COUNT(*)
FROM (SELECT i.district_id AS district_id, i.school_id AS school_id, i.consent_statistics AS consented,
             CAST(TIMESTAMPADD(DAY, 1 - DAYOFMONTH(i.reported_date), i.reported_date) AS DATE) AS month_received,
             i.gbv_type AS gbv_type,
             TIMESTAMPDIFF(DAY, i.reported_date, CAST(TIMESTAMPADD(HOUR, 7, i.closed_at) AS DATE)) AS close_days
      FROM incident i
      WHERE i.status = 'CLOSED' AND i.closed_at IS NOT NULL) x
GROUP BY x.district_id, x.month_received, x.school_id, x.consented, x.gbv_type, x.close_days;

INSERT INTO case_month_count (district_id, month_received, school_id, consented, dimension, category, days, cases)
SELECT x.district_id, x.month_received, 0, 0, 'DISTRICT_CLOSED', x.gbv_type, x.close_days, COUNT(*)
FROM (SELECT i.district_id AS district_id,
             CAST(TIMESTAMPADD(DAY, 1 - DAYOFMONTH(i.reported_date), i.reported_date) AS DATE) AS month_received,
             i.gbv_type AS gbv_type,
             TIMESTAMPDIFF(DAY, i.reported_date, CAST(TIMESTAMPADD(HOUR, 7, i.closed_at) AS DATE)) AS close_days
      FROM incident i
      WHERE i.status = 'CLOSED' AND i.closed_at IS NOT NULL) x
GROUP BY x.district_id, x.month_received, x.gbv_type, x.close_days;

INSERT INTO case_month_count (district_id, month_received, school_id, consented, dimension, category, days, cases)
SELECT x.district_id, x.month_received, x.school_id, 0, 'REFERRAL', x.status, 0, COUNT(*)
FROM (SELECT i.district_id AS district_id, i.school_id AS school_id,
             CAST(TIMESTAMPADD(DAY, 1 - DAYOFMONTH(i.reported_date), i.reported_date) AS DATE) AS month_received,
             r.status AS status
      FROM referral r JOIN incident i ON i.id = r.incident_id) x
GROUP BY x.district_id, x.month_received, x.school_id, x.status;
