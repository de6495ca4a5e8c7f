package fr.mosaic.base;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded MariaDB keeps its data and the password of Mosaic's account (both kept across restarts), its
 * port on 127.0.0.1 (0 picks a free one), whether to start from an empty folder (tests) and the database's name.
 */
@ConfigurationProperties("mosaic.database.embedded")
record EmbeddedDatabaseProperties(@DefaultValue("data/mariadb") Path dataDir, @DefaultValue("0") int port,
		@DefaultValue("false") boolean fresh, @DefaultValue("mosaic") String databaseName) {
}
