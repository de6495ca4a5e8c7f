package fr.mosaic.base;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.zaxxer.hikari.HikariDataSource;

import fr.mosaic.OwnApplicationContext;

/**
 * The application's start-up log never shows the database password: the driver reports its URL with the password in it,
 * and Hibernate prints that URL at start-up unless told not to.
 */
// a context of its own (the property is otherwise unused), so that it starts while the output is captured
@ExtendWith(OwnApplicationContext.class)
@SpringBootTest(properties = "spring.application.name=mosaic-password-log")
@ExtendWith(OutputCaptureExtension.class)
class DatabasePasswordLogIT {

	@Autowired
	DataSource dataSource;

	@Test
	void startUpLogNamesTheDatabaseButNotItsPassword(CapturedOutput output) throws Exception {
		var pool = dataSource.unwrap(HikariDataSource.class);

		// Flyway's line, with the password masked: the capture saw this context start and connect
		assertThat(output.getAll()).contains("Database: " + pool.getJdbcUrl() + "?user=mosaic&password=********");
		assertThat(pool.getPassword()).hasSize(32);
		assertThat(output.getAll()).doesNotContain(pool.getPassword());
	}

}
