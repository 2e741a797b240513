-- A case-code search by a year ("2025": the cases filed that year, a tenth of the district) sorted by anything but the
-- case code sorted every match from the serial's index (V69): 100,000 entries at 1,000,000 cases, 60-110 ms; with a
-- status, a type or urgency as well, the year's matches were picked and then walked for through the district's
-- whole index of the page's order, 60-150 ms. The year of the code bounds the report date from above only (a case is
-- received no later than it is filed), so no date index gives its cases in order. The filing year, the four digits
-- that start the case serial, is now a column the database computes and never written by the application; with the
-- district and that year first, each order is one range of an index, read from its end as the unfiltered list reads
-- the district's. Each index holds every column the list filters and sorts a year's cases by, so a year's cases of a
-- status, type or urgency are checked, picked and counted from its entries. By case code the year is a range of the
-- serial's own index already.
ALTER TABLE incident ADD COLUMN case_year VARCHAR(4) GENERATED ALWAYS AS (SUBSTRING(case_serial, 1, 4));
CREATE INDEX ix_incident_case_year_reported ON incident (district_id, case_year, reported_date, id, status, gbv_type,
    urgent, incident_date, case_serial);
CREATE INDEX ix_incident_case_year_status ON incident (district_id, case_year, status, reported_date, id, gbv_type,
    urgent, incident_date, case_serial);
CREATE INDEX ix_incident_case_year_type ON incident (district_id, case_year, gbv_type, id, reported_date, status,
    urgent, incident_date, case_serial);
CREATE INDEX ix_incident_case_year_urgent ON incident (district_id, case_year, urgent, reported_date, id, status,
    gbv_type, incident_date, case_serial);
CREATE INDEX ix_incident_case_year_date ON incident (district_id, case_year, incident_date, id, reported_date, status,
    gbv_type, urgent, case_serial);
