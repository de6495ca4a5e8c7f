package fr.mosaic.base;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The tests' "now": a clock fixed at the system property {@value #PROPERTY} (a date and time with its offset), in the
 * group's time zone, so that the suite gives the same result on any day and can be run on purpose as of another:
 * {@code ./mvnw verify -Dmosaic.test.clock=2027-11-17T09:00:00+01:00}. Spring contexts get it as their {@link Clock}
 * bean ({@link TestClockConfiguration}); tests without Spring call {@link #clock()}.
 */
public final class TestClock {

	public static final String PROPERTY = "mosaic.test.clock";

	/** A Wednesday morning: the coming Monday is the week of the spec's example, 2026-11-23. */
	static final String DEFAULT = "2026-11-18T09:00:00+01:00";

	private TestClock() {
	}

	/**
	 * @throws IllegalStateException if the property is not a date and time with an offset
	 */
	public static Clock clock() {
		var value = System.getProperty(PROPERTY, DEFAULT);
		try {
			return Clock.fixed(OffsetDateTime.parse(value).toInstant(), ClockConfiguration.ZONE);
		} catch (DateTimeParseException ex) {
			throw new IllegalStateException(
					PROPERTY + ": \"" + value + "\" is not a date and time with its offset, such as " + DEFAULT, ex);
		}
	}

}
