-- An uncovered shift's reason names a few workers per rule that stops them: room for every rule.
ALTER TABLE planned_shift MODIFY reason VARCHAR(4000);
