-- A case-code search by year ("2025") sorted by date, status, type or urgency walked that column's index from the
-- district's oldest cases to the year's, reading each row for its case serial: a second at 1,000,000 cases. The
-- list now sorts the year's matches instead, from the entries of the serial's index alone, which therefore holds
-- every column the list filters and sorts by. The id follows the serial, so that a search sorted by case code is
-- still one range of the index in its order.
DROP INDEX ix_incident_district_serial ON incident;
CREATE INDEX ix_incident_district_serial ON incident (district_id, case_serial, id, reported_date, incident_date,
    status, gbv_type, urgent);
