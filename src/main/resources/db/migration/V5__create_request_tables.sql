CREATE TABLE recurring_request (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    member_id BIGINT NOT NULL,
    site_id BIGINT NOT NULL,
    skill_id BIGINT NOT NULL,
    duration_minutes INT NOT NULL,
    shift_count INT NOT NULL,
    start_step_minutes INT NOT NULL,
    distinct_days BOOLEAN NOT NULL,
    priority VARCHAR(16) NOT NULL,
    first_day DATE NOT NULL,
    last_day DATE NOT NULL,
    CONSTRAINT fk_recurring_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_recurring_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_recurring_skill FOREIGN KEY (skill_id) REFERENCES skill (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE recurring_request_window (
    recurring_request_id BIGINT NOT NULL,
    position INT NOT NULL,
    day_of_week VARCHAR(9) NOT NULL,
    from_time TIME NOT NULL,
    to_time TIME NOT NULL,
    PRIMARY KEY (recurring_request_id, position),
    CONSTRAINT fk_recurring_window FOREIGN KEY (recurring_request_id) REFERENCES recurring_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE request (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    code VARCHAR(64) NOT NULL,
    week_start DATE NOT NULL,
    member_id BIGINT NOT NULL,
    site_id BIGINT NOT NULL,
    skill_id BIGINT NOT NULL,
    duration_minutes INT NOT NULL,
    shift_count INT NOT NULL,
    start_step_minutes INT NOT NULL,
    distinct_days BOOLEAN NOT NULL,
    priority VARCHAR(16) NOT NULL,
    recurring_request_id BIGINT,
    CONSTRAINT uk_request_week_code UNIQUE (week_start, code),
    CONSTRAINT fk_request_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_request_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_request_skill FOREIGN KEY (skill_id) REFERENCES skill (id),
    CONSTRAINT fk_request_recurring FOREIGN KEY (recurring_request_id) REFERENCES recurring_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_request_week ON request (week_start);

CREATE TABLE request_window (
    request_id BIGINT NOT NULL,
    position INT NOT NULL,
    start_at DATETIME NOT NULL,
    end_at DATETIME NOT NULL,
    PRIMARY KEY (request_id, position),
    CONSTRAINT fk_request_window FOREIGN KEY (request_id) REFERENCES request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
