-- Statistics count a case in the period it was received (reported_date), as the periodic reports do.
-- Like ix_incident_statistics (V51) with the date received leading: the dashboard's one pass reads the
-- period's index entries only.
CREATE INDEX ix_incident_statistics_received ON incident (district_id, reported_date, gbv_type, status,
    survivor_age_group, consent_statistics, school_id, incident_date, closed_at);
