package fr.mosaic.base;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The zero-set-up default: a real MariaDB server started from a jar ({@link EmbeddedDatabaseServer}), with its data in
 * a folder under the working directory. The {@code prod} profile uses an external server instead.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
class EmbeddedDatabaseConfiguration {

	/** One server per data folder and JVM: test contexts come and go, the server must not start twice on one folder. */
	private static final Map<Path, EmbeddedDatabaseServer.Running> RUNNING = new HashMap<>();

	@Bean
	DataSource dataSource(EmbeddedDatabaseProperties properties) {
		var server = start(properties);
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.url());
		dataSource.setUsername(server.user());
		dataSource.setPassword(server.password());
		dataSource.setPoolName("mosaic-embedded");
		return dataSource;
	}

	private static synchronized EmbeddedDatabaseServer.Running start(EmbeddedDatabaseProperties properties) {
		return RUNNING.computeIfAbsent(properties.dataDir().toAbsolutePath().normalize(), dir -> {
			try {
				return EmbeddedDatabaseServer.start(properties);
			} catch (IOException ex) {
				throw new IllegalStateException("Could not start the embedded MariaDB in " + dir, ex);
			}
		});
	}

}
