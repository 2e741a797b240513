-- A district's cases of a period ("last year") sorted by case code, status or urgency walked that column's index from
-- the district's oldest cases to the period, reading each row for its incident date: a second at 1,000,000 cases.
-- The list now sorts the period's matches instead, from index entries alone: the statistics index on the incident
-- date (V51) already held the type, status and report date; it now holds the case code and urgency too.
DROP INDEX ix_incident_statistics ON incident;
CREATE INDEX ix_incident_statistics ON incident (district_id, incident_date, gbv_type, status, survivor_age_group,
    consent_statistics, school_id, reported_date, closed_at, case_code, urgent);
