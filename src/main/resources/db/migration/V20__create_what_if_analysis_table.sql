-- The consolidation what-ifs a coordinator ran (hiring scenarios, contract amendments, a member's departure): each
-- solved on copies of a week, never on its plan; the result is kept as JSON to compare analyses later.
CREATE TABLE what_if_analysis (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    kind VARCHAR(16) NOT NULL,
    week_start DATE NOT NULL,
    subject VARCHAR(200),
    created_at DATETIME NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    solve_seconds INT NOT NULL,
    elapsed_millis BIGINT NOT NULL,
    result MEDIUMTEXT NOT NULL,
    KEY ix_what_if_analysis_week (kind, week_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
