CREATE TABLE worker (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    code VARCHAR(64) NOT NULL,
    name VARCHAR(160) NOT NULL,
    contract_minutes INT NOT NULL,
    max_minutes INT NOT NULL,
    part_time BOOLEAN NOT NULL,
    home_lat DOUBLE,
    home_lon DOUBLE,
    CONSTRAINT uk_worker_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE worker_skill (
    worker_id BIGINT NOT NULL,
    position INT NOT NULL,
    skill_id BIGINT NOT NULL,
    PRIMARY KEY (worker_id, position),
    CONSTRAINT fk_worker_skill_worker FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT fk_worker_skill_skill FOREIGN KEY (skill_id) REFERENCES skill (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE worker_availability (
    worker_id BIGINT NOT NULL,
    position INT NOT NULL,
    day_of_week VARCHAR(9) NOT NULL,
    from_time TIME NOT NULL,
    to_time TIME NOT NULL,
    PRIMARY KEY (worker_id, position),
    CONSTRAINT fk_worker_availability_worker FOREIGN KEY (worker_id) REFERENCES worker (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE worker_unavailability (
    worker_id BIGINT NOT NULL,
    position INT NOT NULL,
    start_at DATETIME NOT NULL,
    end_at DATETIME NOT NULL,
    reason VARCHAR(255),
    PRIMARY KEY (worker_id, position),
    CONSTRAINT fk_worker_unavailability_worker FOREIGN KEY (worker_id) REFERENCES worker (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE worker_preferred_member (
    worker_id BIGINT NOT NULL,
    position INT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (worker_id, position),
    CONSTRAINT fk_worker_preferred_worker FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT fk_worker_preferred_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE worker_excluded_member (
    worker_id BIGINT NOT NULL,
    position INT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (worker_id, position),
    CONSTRAINT fk_worker_excluded_worker FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT fk_worker_excluded_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A member's exclusion of a worker; kept on the worker side so the member feature stays free of workers.
CREATE TABLE member_excluded_worker (
    worker_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (worker_id, member_id),
    CONSTRAINT fk_member_excluded_worker FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT fk_member_excluded_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
