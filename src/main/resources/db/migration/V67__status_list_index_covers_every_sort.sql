-- A district's open cases (or one status) sorted by a column their index lacked – type or urgency – were read
-- row by row: 32,000 to 53,000 reads for the open cases at 1,000,000 (100-400 ms). With the type and the urgency
-- in V64's index, a page of them in any of the list's orders is sorted from its index entries alone.
DROP INDEX ix_incident_district_status_date ON incident;
CREATE INDEX ix_incident_district_status_date ON incident (district_id, status, incident_date, id, reported_date,
    case_code, gbv_type, urgent);
