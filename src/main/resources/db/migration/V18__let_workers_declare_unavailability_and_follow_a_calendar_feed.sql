-- A worker declares periods they cannot work from their own screen: the time they did, so that the coordinator tells
-- them from the periods entered in the worker form or imported (NULL, as every row before this migration).
ALTER TABLE worker_unavailability ADD COLUMN declared_at DATETIME(6) NULL;

-- A worker's private iCalendar feed, read without login by the secret token in its address. Only the token's SHA-256
-- is kept: the worker sees the address once, when it is made; revoking deletes the row. One feed per worker.
CREATE TABLE calendar_feed (
    worker_id BIGINT PRIMARY KEY,
    token_hash CHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_worker FOREIGN KEY (worker_id) REFERENCES worker (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
