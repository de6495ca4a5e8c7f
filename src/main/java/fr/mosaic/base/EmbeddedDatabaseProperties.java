package fr.mosaic.base;

import java.nio.file.Path;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the embedded MariaDB keeps its data and the password of Mosaic's account (both kept across restarts), its port
 * on 127.0.0.1 (0 picks a free one), whether to start from an empty folder (tests) and the database's name (letters,
 * digits and underscores: it is written into the set-up statements).
 */
@ConfigurationProperties("mosaic.database.embedded")
@Validated
record EmbeddedDatabaseProperties(@DefaultValue("data/mariadb") Path dataDir, @DefaultValue("0") int port,
		@DefaultValue("false") boolean fresh, @DefaultValue("mosaic") @Pattern(regexp = "\\w+") String databaseName) {
}
