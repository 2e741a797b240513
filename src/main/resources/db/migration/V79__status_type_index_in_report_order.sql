-- A district's open cases of one type ("open sexual assaults", with or without a period) were picked through V70's
-- (district, status, type) and each match's row read for the period and the sort column: 5,001 rows to count them at
-- 1,000,000 cases, then short walks of each open status's range that came up short, then every match sorted (50-105 ms;
-- by incident date, oldest first, 1.8 s). A status's cases of a type in report-date order are one range of this index,
-- the open ones three such ranges, merged; its entries hold the incident date and every sort column, so the count and a
-- page in any other order read them alone (6,825 entries for the open sexual assaults: 2-6 ms).
CREATE INDEX ix_incident_status_type_reported ON incident (district_id, status, gbv_type, reported_date, id,
    incident_date, case_code, urgent);
