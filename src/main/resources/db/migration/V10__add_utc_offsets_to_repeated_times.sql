-- When the clocks go back an hour repeats: a stored time keeps the UTC offset ("+01:00") that says which
-- occurrence it is. NULL, as in every row before this migration, means the first occurrence.
ALTER TABLE request_window ADD COLUMN start_offset VARCHAR(6), ADD COLUMN end_offset VARCHAR(6);
ALTER TABLE worker_unavailability ADD COLUMN start_offset VARCHAR(6), ADD COLUMN end_offset VARCHAR(6);
ALTER TABLE planned_shift ADD COLUMN start_offset VARCHAR(6), ADD COLUMN end_offset VARCHAR(6);
