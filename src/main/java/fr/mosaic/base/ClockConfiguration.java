package fr.mosaic.base;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of the current time, so that tests and demo data can fix it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/Paris"));
	}

}
