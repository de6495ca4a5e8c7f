CREATE TABLE group_settings (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    time_zone VARCHAR(64) NOT NULL,
    travel_speed_kmh DOUBLE NOT NULL,
    travel_detour_factor DOUBLE NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO group_settings (time_zone, travel_speed_kmh, travel_detour_factor) VALUES ('Europe/Paris', 40, 1.3);
