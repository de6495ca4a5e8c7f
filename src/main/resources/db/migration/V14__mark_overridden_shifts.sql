-- A shift the coordinator assigned against a legal or register rule, knowingly: it stays marked on the board and in
-- exports until the assignment changes.
ALTER TABLE planned_shift ADD COLUMN overridden BOOLEAN NOT NULL DEFAULT FALSE;
