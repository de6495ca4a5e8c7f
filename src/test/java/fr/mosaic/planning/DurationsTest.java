package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class DurationsTest {

	@Test
	void frenchWritesHoursAndTwoDigitMinutes() {
		assertThat(Durations.format(0, Locale.FRENCH)).isEqualTo("0 h");
		assertThat(Durations.format(45, Locale.FRENCH)).isEqualTo("45 min");
		assertThat(Durations.format(59, Locale.FRENCH)).isEqualTo("59 min");
		assertThat(Durations.format(60, Locale.FRENCH)).isEqualTo("1 h");
		assertThat(Durations.format(61, Locale.FRENCH)).isEqualTo("1 h 01");
		assertThat(Durations.format(450, Locale.FRENCH)).isEqualTo("7 h 30");
		assertThat(Durations.format(1439, Locale.FRENCH)).isEqualTo("23 h 59");
		assertThat(Durations.format(1871, Locale.FRENCH)).isEqualTo("31 h 11");
	}

	@Test
	void theRootLocaleIsFrench() {
		assertThat(Durations.format(450, Locale.ROOT)).isEqualTo("7 h 30");
	}

	@Test
	void englishWritesHoursAndMinutes() {
		assertThat(Durations.format(0, Locale.ENGLISH)).isEqualTo("0 h");
		assertThat(Durations.format(59, Locale.ENGLISH)).isEqualTo("59 min");
		assertThat(Durations.format(60, Locale.ENGLISH)).isEqualTo("1 h");
		assertThat(Durations.format(61, Locale.ENGLISH)).isEqualTo("1 h 1 min");
		assertThat(Durations.format(450, Locale.ENGLISH)).isEqualTo("7 h 30 min");
		assertThat(Durations.format(1439, Locale.ENGLISH)).isEqualTo("23 h 59 min");
		assertThat(Durations.format(1871, Locale.UK)).isEqualTo("31 h 11 min");
	}

	@Test
	void aNegativeDurationIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Durations.format(-1, Locale.FRENCH));
	}

}
