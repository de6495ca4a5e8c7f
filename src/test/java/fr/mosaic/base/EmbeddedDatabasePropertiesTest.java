package fr.mosaic.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The database's name goes into the set-up statements: anything but a plain name is refused before. */
class EmbeddedDatabasePropertiesTest {

	@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
	static class PropertiesOnly {

	}

	@Test
	void databaseNameOtherThanLettersDigitsAndUnderscoresIsRefused() {
		new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class)
				.withPropertyValues("mosaic.database.embedded.database-name=mosaic`; DROP DATABASE mysql; --")
				.run(context -> assertThat(context).getFailure().rootCause()
						.hasMessageContaining("mosaic.database.embedded.database-name")
						.hasMessageContaining("must match \"\\w+\""));
	}

	@Test
	void plainDatabaseNameIsKept() {
		new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class)
				.withPropertyValues("mosaic.database.embedded.database-name=mosaic_ci")
				.run(context -> assertThat(context.getBean(EmbeddedDatabaseProperties.class).databaseName())
						.isEqualTo("mosaic_ci"));
	}

}
