-- The places of work a group worker's written contract names (Code du travail L1253-9). A worker without rows may
-- work at every site of the members their contract names, as before this migration.
CREATE TABLE worker_contract_site (
    worker_id BIGINT NOT NULL,
    position INT NOT NULL,
    site_id BIGINT NOT NULL,
    PRIMARY KEY (worker_id, position),
    CONSTRAINT fk_worker_contract_site_worker FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT fk_worker_contract_site_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
