-- Age-group names such as AGE_12_17 and AGE_61_PLUS are longer than the 8 characters V2 gave their
-- columns, so a survivor or perpetrator of 12 or older could not be saved. Widen both columns.
ALTER TABLE incident MODIFY survivor_age_group VARCHAR(16) NOT NULL;
ALTER TABLE perpetrator MODIFY age_group VARCHAR(16) NOT NULL;
