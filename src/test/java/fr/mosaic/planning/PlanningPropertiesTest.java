package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The planning settings as Spring binds them from the application's properties. */
class PlanningPropertiesTest {

	private static PlanningProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("mosaic.planning",
				PlanningProperties.class);
	}

	@Test
	void aWeekGetsTheUnimprovedLimitOfTheLargestSizeItReaches() {
		var defaults = bind(Map.of());

		assertThat(defaults.unimprovedLimit(85)).isEqualTo(Duration.ofSeconds(5));
		assertThat(defaults.unimprovedLimit(200)).isEqualTo(Duration.ofSeconds(15));
		assertThat(defaults.unimprovedLimit(1393)).isEqualTo(Duration.ofSeconds(30));
		assertThat(defaults.unimprovedLimit(8734)).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void theUnimprovedLimitsAreSetBySizeInTheProperties() {
		var set = bind(
				Map.of("mosaic.planning.unimproved-limit.100", "8s", "mosaic.planning.unimproved-limit.1000", "1m"));

		// below every size set, a week gets the smallest one's limit
		assertThat(set.unimprovedLimit(10)).isEqualTo(Duration.ofSeconds(8));
		assertThat(set.unimprovedLimit(999)).isEqualTo(Duration.ofSeconds(8));
		assertThat(set.unimprovedLimit(1000)).isEqualTo(Duration.ofMinutes(1));
		assertThat(set.timeLimit()).isEqualTo(Duration.ofSeconds(30));
	}

}
