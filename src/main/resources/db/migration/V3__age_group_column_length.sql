-- Age groups are stored by enum name and "AGE_61_PLUS" has 11 characters: VARCHAR(8) refused every
-- survivor or perpetrator aged 12 or more. Widen both columns (runs on MySQL/MariaDB and H2 in MySQL mode).
ALTER TABLE incident MODIFY COLUMN survivor_age_group VARCHAR(16) NOT NULL;
ALTER TABLE perpetrator MODIFY COLUMN age_group VARCHAR(16) NOT NULL;
