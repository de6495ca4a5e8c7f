-- A reopened week keeps the plan it was published with, shifts and score, until it is published again or its
-- corrections are discarded: discarding them brings the published week back as it was.
ALTER TABLE week_plan ADD COLUMN published_score VARCHAR(80);

CREATE TABLE published_shift (
    week_plan_id BIGINT NOT NULL,
    request_id BIGINT NOT NULL,
    shift_index INT NOT NULL,
    worker_id BIGINT,
    start_at DATETIME,
    start_offset VARCHAR(6),
    end_at DATETIME,
    end_offset VARCHAR(6),
    pinned BOOLEAN NOT NULL DEFAULT FALSE,
    reason VARCHAR(4000),
    CONSTRAINT uk_published_shift UNIQUE (week_plan_id, request_id, shift_index),
    CONSTRAINT fk_published_shift_plan FOREIGN KEY (week_plan_id) REFERENCES week_plan (id),
    CONSTRAINT fk_published_shift_request FOREIGN KEY (request_id) REFERENCES request (id),
    CONSTRAINT fk_published_shift_worker FOREIGN KEY (worker_id) REFERENCES worker (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
