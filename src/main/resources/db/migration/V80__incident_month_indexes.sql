-- A period that ends before its last year does (1/7/2024-30/6/2025), newest first by report date or by status: the
-- last year's range of V72's index was walked from that year's newest report, past every report of the incidents
-- after the period's end (July to December, 43,000 entries at 1,000,000 cases) before the first match: 66-133 ms with
-- a type. The month of the incident date leads these two indexes after the district, as the year leads V72's: such a
-- part of a year is walked as each of its months' ranges, merged, each from the month's newest report, and passes no
-- later incident. The month (year * 100 + month) is computed by the database and never written by the application.
ALTER TABLE incident ADD COLUMN incident_month INT GENERATED ALWAYS AS (YEAR(incident_date) * 100 + MONTH(incident_date));
CREATE INDEX ix_incident_month_reported ON incident (district_id, incident_month, reported_date, id, incident_date,
    status, gbv_type, urgent);
CREATE INDEX ix_incident_month_status ON incident (district_id, incident_month, status, reported_date, id,
    incident_date, gbv_type, urgent);
