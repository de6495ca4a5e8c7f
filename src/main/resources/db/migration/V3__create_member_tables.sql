CREATE TABLE member (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    code VARCHAR(64) NOT NULL,
    name VARCHAR(160) NOT NULL,
    CONSTRAINT uk_member_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE site (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    member_id BIGINT NOT NULL,
    -- written by Hibernate after the insert, as the site list's order column
    position INT,
    code VARCHAR(64) NOT NULL,
    name VARCHAR(160) NOT NULL,
    address VARCHAR(255),
    lat DOUBLE NOT NULL,
    lon DOUBLE NOT NULL,
    CONSTRAINT uk_site_code UNIQUE (code),
    CONSTRAINT fk_site_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE travel_override (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    from_site_id BIGINT NOT NULL,
    to_site_id BIGINT NOT NULL,
    minutes INT NOT NULL,
    CONSTRAINT uk_travel_override UNIQUE (from_site_id, to_site_id),
    CONSTRAINT fk_travel_from FOREIGN KEY (from_site_id) REFERENCES site (id),
    CONSTRAINT fk_travel_to FOREIGN KEY (to_site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
