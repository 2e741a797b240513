-- The urgent cases sorted by status: with V70's (district, status, urgent, report date) beside it, MariaDB read that
-- index from its start for the urgent ones, behind every case that is not urgent (300 ms at 1,000,000 cases), both
-- for the page and for its count. With the report date after the status here, the urgent cases are one range of
-- this index in the status order, and their count one range too. The index also holds every other column the list
-- sorts by, so that the open urgent cases - too many to pick and too far apart to walk to - are sorted from its
-- entries alone, in any order (the id follows the report date, as it follows in the status order).
DROP INDEX ix_incident_urgent ON incident;
CREATE INDEX ix_incident_urgent ON incident (district_id, urgent, status, reported_date, id, incident_date, case_code,
    gbv_type);
