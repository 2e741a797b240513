-- A name search with only common words (each in tens of thousands of names) must not probe every case
-- of the district: each word's index entries carry the case's district and report date, so the search
-- reads the least frequent word's entries of the caller's district newest first and stops after a page.
-- Nullable like V50's keys; every writer fills them (filing, name correction, the generator).
ALTER TABLE survivor_name_word ADD COLUMN district_id BIGINT;
ALTER TABLE survivor_name_word ADD COLUMN reported_date DATE;
UPDATE survivor_name_word SET
    district_id = (SELECT i.district_id FROM incident i WHERE i.id = survivor_name_word.incident_id),
    reported_date = (SELECT i.reported_date FROM incident i WHERE i.id = survivor_name_word.incident_id);
CREATE INDEX ix_survivor_name_word_date ON survivor_name_word (word_hash, district_id, reported_date, incident_id);
