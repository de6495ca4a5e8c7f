-- The members a group worker's written contract lets them be placed with (Code du travail L1253-9), and the date of
-- the contract's latest amendment. A worker without rows may be placed with every member, as before this migration.
CREATE TABLE worker_contract_member (
    worker_id BIGINT NOT NULL,
    position INT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (worker_id, position),
    CONSTRAINT fk_worker_contract_worker FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT fk_worker_contract_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE worker ADD COLUMN contract_amended_on DATE;
