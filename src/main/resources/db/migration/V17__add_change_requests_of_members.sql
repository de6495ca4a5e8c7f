-- Once a week is published, a member no longer changes its requests: it asks the coordinator, in words and optionally
-- with the terms it proposes, and the coordinator marks the ask handled. The request asked about may be deleted
-- meanwhile (the ask stays, naming its code), and an ask for a new need refers to no request.
CREATE TABLE change_request (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    member_id BIGINT NOT NULL,
    week_start DATE NOT NULL,
    request_id BIGINT NULL,
    request_code VARCHAR(64) NULL,
    message VARCHAR(1000) NOT NULL,
    proposal VARCHAR(2000) NULL,
    status VARCHAR(16) NOT NULL,
    asked_by VARCHAR(100) NOT NULL,
    asked_at DATETIME(6) NOT NULL,
    handled_by VARCHAR(100) NULL,
    handled_at DATETIME(6) NULL,
    CONSTRAINT fk_change_request_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_change_request_request FOREIGN KEY (request_id) REFERENCES request (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_change_request_week ON change_request (week_start);
