CREATE TABLE week_plan (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    week_start DATE NOT NULL,
    state VARCHAR(16) NOT NULL,
    score VARCHAR(80),
    feasible BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_week_plan_week UNIQUE (week_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE planned_shift (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    week_plan_id BIGINT NOT NULL,
    request_id BIGINT NOT NULL,
    shift_index INT NOT NULL,
    worker_id BIGINT,
    start_at DATETIME,
    end_at DATETIME,
    pinned BOOLEAN NOT NULL DEFAULT FALSE,
    reason VARCHAR(500),
    CONSTRAINT uk_planned_shift UNIQUE (week_plan_id, request_id, shift_index),
    CONSTRAINT fk_planned_shift_plan FOREIGN KEY (week_plan_id) REFERENCES week_plan (id),
    CONSTRAINT fk_planned_shift_request FOREIGN KEY (request_id) REFERENCES request (id),
    CONSTRAINT fk_planned_shift_worker FOREIGN KEY (worker_id) REFERENCES worker (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Minutes a worker worked for a member in the weeks before week_start, as imported (continuity).
CREATE TABLE work_history (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    week_start DATE NOT NULL,
    worker_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    minutes INT NOT NULL,
    CONSTRAINT fk_history_worker FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT fk_history_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
