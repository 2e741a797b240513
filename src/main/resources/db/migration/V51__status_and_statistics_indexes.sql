-- The case list filtered by status and sorted by incident date reads this range directly, instead of
-- walking the district's incident dates until it meets the few cases in that status.
CREATE INDEX ix_incident_district_status_date ON incident (district_id, status, incident_date);

-- Statistics group a district's (or province's) incidents of a period by type, status, month, school
-- level, age group, closing and reporting delay: every column they read is in this index, so they
-- scan the period's index entries only, never the rows.
CREATE INDEX ix_incident_statistics ON incident (district_id, incident_date, gbv_type, status, survivor_age_group,
    consent_statistics, school_id, reported_date, closed_at);
