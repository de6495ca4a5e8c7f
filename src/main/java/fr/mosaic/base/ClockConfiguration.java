package fr.mosaic.base;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of the current time, so that tests and demo data can fix it: no other code reads the machine's time (a
 * build rule, {@code ClockRuleTest}, fails on any other call).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	/** The group's wall-clock time zone, in which "today" and "this week" are reckoned. */
	static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
