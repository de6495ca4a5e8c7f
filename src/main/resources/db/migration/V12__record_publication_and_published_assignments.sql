-- Who published a week and when; kept while a published week is reopened for correction.
ALTER TABLE week_plan ADD COLUMN published_by VARCHAR(100), ADD COLUMN published_at DATETIME;

-- A reopened week's shifts keep the worker and start they were published with: re-planning pays for each change.
-- NULL worker: the shift was published uncovered, or did not exist when the week was published.
ALTER TABLE planned_shift ADD COLUMN baseline_worker_id BIGINT, ADD COLUMN baseline_start DATETIME,
    ADD COLUMN baseline_start_offset VARCHAR(6),
    ADD CONSTRAINT fk_planned_shift_baseline_worker FOREIGN KEY (baseline_worker_id) REFERENCES worker (id);
