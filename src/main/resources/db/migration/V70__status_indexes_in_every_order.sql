-- A district's cases of one status sorted by case code, type or urgency were found by sorting every case of the
-- status (tens of thousands at 1,000,000 cases: 40-70 ms), and the open cases - three statuses - alike. With an index
-- of (district, status) in each of those orders, a page of one status is one range of an index, and a page of the
-- open cases the first rows of three such ranges, merged: a few dozen index entries however many cases are open.
CREATE INDEX ix_incident_district_status_code ON incident (district_id, status, case_code);
CREATE INDEX ix_incident_district_status_type ON incident (district_id, status, gbv_type);
CREATE INDEX ix_incident_district_status_urgent ON incident (district_id, status, urgent, reported_date);
