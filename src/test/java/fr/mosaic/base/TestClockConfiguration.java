package fr.mosaic.base;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Puts the test clock into every application context started in a test JVM: Spring tests, the browser journeys' server
 * and the command line alike. A plain {@code @Configuration} (not a {@code @TestConfiguration}) so that component
 * scanning finds it from the test classpath; {@code @Primary} over the application's own Clock bean.
 */
@Configuration(proxyBeanMethods = false)
class TestClockConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TestClockConfiguration.class);

	@Bean
	@Primary
	Clock testClock() {
		var clock = TestClock.clock();
		log.info("Test clock fixed at {} ({})", clock.instant().atZone(clock.getZone()), TestClock.PROPERTY);
		return clock;
	}

}
