-- Who signs a unit's reports by default: the head (Hiệu trưởng, Trưởng phòng) and the deputy who
-- signs "KT." in the head's place. Both may be left empty; the report form then asks for the name.
ALTER TABLE school ADD COLUMN head_name VARCHAR(200) NULL;
ALTER TABLE school ADD COLUMN deputy_head_name VARCHAR(200) NULL;
ALTER TABLE district ADD COLUMN office_head_name VARCHAR(200) NULL;
ALTER TABLE district ADD COLUMN office_deputy_name VARCHAR(200) NULL;
