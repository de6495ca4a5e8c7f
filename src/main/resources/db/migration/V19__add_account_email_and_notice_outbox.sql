-- An account may give an e-mail address, where the notices of its published weeks go, and the language it logged in
-- with last (fr or en), in which they are written.
ALTER TABLE user_account
    ADD COLUMN email VARCHAR(254) NULL,
    ADD COLUMN locale VARCHAR(8) NULL;

-- The notices to send, written when a week is published and sent by a scheduled sender: a notice stays here with its
-- attempts and last error until it is sent, or after its last attempt failed, so that none is lost silently.
CREATE TABLE notice (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    week_start DATE NOT NULL,
    recipient VARCHAR(254) NOT NULL,
    subject VARCHAR(255) NOT NULL,
    body TEXT NOT NULL,
    state VARCHAR(16) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6) NULL,
    sent_at DATETIME(6) NULL,
    last_error VARCHAR(1000) NULL,
    CONSTRAINT ck_notice_state CHECK (state IN ('PENDING', 'SENT', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_notice_due ON notice (state, next_attempt_at);
