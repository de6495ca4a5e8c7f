package fr.mosaic.base;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded MariaDB keeps its data (kept across restarts), its port (0 picks a free one) and whether to
 * start from an empty folder (tests).
 */
@ConfigurationProperties("mosaic.database.embedded")
record EmbeddedDatabaseProperties(@DefaultValue("data/mariadb") Path dataDir, @DefaultValue("0") int port,
		@DefaultValue("false") boolean fresh, @DefaultValue("mosaic") String databaseName) {
}
