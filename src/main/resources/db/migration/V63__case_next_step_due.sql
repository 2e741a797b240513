-- Overdue next steps (the case list's filter, the home pages' box and the bell) were found from the open
-- overdue steps of every district, each case then read by primary key for its district and report date:
-- 3,800 reads for the overdue cases of one district at 1,000,000 cases, ten times as many as at 100,000.
-- The case now keeps the earliest due date of its next steps not yet done (NULL when none), written in the
-- same transaction as every entry that moves it (CoordinationService, with the case's row locked), so the
-- overdue cases of a scope are one index range: their count, their page in report date order and the box's
-- short list (the steps that fell overdue last first) read index entries only.
ALTER TABLE incident ADD COLUMN next_step_due DATE;
UPDATE incident SET next_step_due = (SELECT MIN(c.next_step_due) FROM coordination_entry c
        WHERE c.incident_id = incident.id AND c.next_step_done = 0)
    WHERE id IN (SELECT c.incident_id FROM coordination_entry c WHERE c.next_step_done = 0
        AND c.next_step_due IS NOT NULL);
CREATE INDEX ix_incident_district_next_step ON incident (district_id, next_step_due, reported_date);
CREATE INDEX ix_incident_school_next_step ON incident (school_id, next_step_due, reported_date);

-- Nothing reads the steps by due date any more; a case's own steps are read through ix_coordination_incident.
DROP INDEX ix_coordination_due ON coordination_entry;
DROP INDEX ix_coordination_open_due ON coordination_entry;
