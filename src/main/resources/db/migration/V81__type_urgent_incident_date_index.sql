-- A period's cases of a type (and an urgency) were counted and picked from each of the period's years' range of V76's
-- index of the year and type: every case of the type in those years, of either urgency and of the whole of each year
-- (the 3,649 urgent physical assaults of 1/7/2024-30/6/2025 read through 60,000 entries, twice: 40-66 ms at 1,000,000
-- cases), or from V78's range of the type and urgency from the period's first day to today. Here the type and the
-- urgency lead, and the incident date follows: a period's cases of a type and an urgency are one range, of a type
-- two (one per urgency), whatever the period; the entries hold every other filter and sort column, and the school, by
-- whose name a few thousand matches are sorted without reading their rows (4,553 rapes of this year, each row read by
-- key for its school: 56-83 ms).
CREATE INDEX ix_incident_type_urgent_date ON incident (district_id, gbv_type, urgent, incident_date, id, reported_date,
    status, case_code, school_id);
