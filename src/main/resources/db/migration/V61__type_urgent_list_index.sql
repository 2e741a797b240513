-- The case list filtered by type and urgency together ("physical assault, urgent", newest first): the
-- district's urgent cases of the type in report date order, so a page and its bounded count read only
-- matching index entries (before: the district's urgent cases, each read to check its type – about
-- 17,000 rows for a count of 5,000 at 1,000,000 cases). The index on (district, type) stays: the list
-- sorted by type reads it in order.
CREATE INDEX ix_incident_type_urgent ON incident (district_id, gbv_type, urgent, reported_date);
