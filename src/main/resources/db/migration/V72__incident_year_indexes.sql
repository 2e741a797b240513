-- A period of incident dates with many matches ("last year": a tenth of the district) sorted by anything but the
-- incident date - newest report first (the list's default), case code, status, type, urgency - sorted every match:
-- a year's 100,000 index entries at 1,000,000 cases, 70-145 ms. A date range cannot lead an index that gives another
-- order; the year of the incident date can, as an equality. With the district and that year first, each order is one
-- range of an index per year, so a period's page is the first rows of each of its years' ranges, merged (a year that
-- the period only touches is checked against its dates from the index entries). The year is computed by the
-- database from the incident date and never written by the application.
ALTER TABLE incident ADD COLUMN incident_year SMALLINT GENERATED ALWAYS AS (YEAR(incident_date));
CREATE INDEX ix_incident_year_reported ON incident (district_id, incident_year, reported_date, id, incident_date);
CREATE INDEX ix_incident_year_code ON incident (district_id, incident_year, case_code, id, incident_date);
CREATE INDEX ix_incident_year_status ON incident (district_id, incident_year, status, reported_date, id,
    incident_date);
CREATE INDEX ix_incident_year_type ON incident (district_id, incident_year, gbv_type, id, incident_date);
CREATE INDEX ix_incident_year_urgent ON incident (district_id, incident_year, urgent, reported_date, id,
    incident_date);
