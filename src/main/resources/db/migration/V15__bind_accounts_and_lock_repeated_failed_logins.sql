-- Members and workers get accounts of their own, bound to the member employer or worker they speak for; a
-- coordinator's account is bound to neither. An account is created with an initial password to change at first login,
-- or with a one-time invitation (only its SHA-256 is kept). Failed logins are counted and lock the account for a while.
ALTER TABLE user_account
    ADD COLUMN member_id BIGINT NULL,
    ADD COLUMN worker_id BIGINT NULL,
    ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN failed_logins INT NOT NULL DEFAULT 0,
    ADD COLUMN locked_until DATETIME(6) NULL,
    ADD COLUMN invitation_hash CHAR(64) NULL,
    ADD COLUMN invitation_expires_at DATETIME(6) NULL,
    ADD CONSTRAINT fk_user_account_member FOREIGN KEY (member_id) REFERENCES member (id),
    ADD CONSTRAINT fk_user_account_worker FOREIGN KEY (worker_id) REFERENCES worker (id),
    ADD CONSTRAINT uk_user_account_invitation UNIQUE (invitation_hash),
    ADD CONSTRAINT ck_user_account_binding CHECK (
        (role = 'COORDINATOR' AND member_id IS NULL AND worker_id IS NULL)
        OR (role = 'MEMBER' AND member_id IS NOT NULL AND worker_id IS NULL)
        OR (role = 'WORKER' AND worker_id IS NOT NULL AND member_id IS NULL));
