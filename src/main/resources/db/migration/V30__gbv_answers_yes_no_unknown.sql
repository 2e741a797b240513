-- The GBVIMS questions take three answers: YES, NO or UNKNOWN ("không rõ", resolved by the district
-- coordinator while verifying). Existing answers were yes/no: 1 becomes YES, 0 becomes NO.
ALTER TABLE incident MODIFY COLUMN answer_penetration VARCHAR(8) NOT NULL;
ALTER TABLE incident MODIFY COLUMN answer_sexual_contact VARCHAR(8) NOT NULL;
ALTER TABLE incident MODIFY COLUMN answer_physical VARCHAR(8) NOT NULL;
ALTER TABLE incident MODIFY COLUMN answer_forced_marriage VARCHAR(8) NOT NULL;
ALTER TABLE incident MODIFY COLUMN answer_denial VARCHAR(8) NOT NULL;
ALTER TABLE incident MODIFY COLUMN answer_psychological VARCHAR(8) NOT NULL;

UPDATE incident SET
    answer_penetration     = CASE WHEN answer_penetration     IN ('1', 'TRUE', 'true') THEN 'YES' ELSE 'NO' END,
    answer_sexual_contact  = CASE WHEN answer_sexual_contact  IN ('1', 'TRUE', 'true') THEN 'YES' ELSE 'NO' END,
    answer_physical        = CASE WHEN answer_physical        IN ('1', 'TRUE', 'true') THEN 'YES' ELSE 'NO' END,
    answer_forced_marriage = CASE WHEN answer_forced_marriage IN ('1', 'TRUE', 'true') THEN 'YES' ELSE 'NO' END,
    answer_denial          = CASE WHEN answer_denial          IN ('1', 'TRUE', 'true') THEN 'YES' ELSE 'NO' END,
    answer_psychological   = CASE WHEN answer_psychological   IN ('1', 'TRUE', 'true') THEN 'YES' ELSE 'NO' END;

-- "Abuse of a child" is now derived from the age; what the reporter said is kept for when the age is unknown.
ALTER TABLE incident ADD COLUMN child_abuse_reported TINYINT(1) NOT NULL DEFAULT 0;
UPDATE incident SET child_abuse_reported = flag_child_abuse;
