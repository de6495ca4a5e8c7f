package fr.mosaic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.mosaic.base.GroupSettingsService;

@SpringBootTest
class MosaicApplicationTest {

	@Autowired
	GroupSettingsService settings;

	@Test
	void startsOnMigratedDatabaseWithDefaultSettings() {
		assertThat(settings.get().getTimeZone()).isEqualTo("Europe/Paris");
	}

}
