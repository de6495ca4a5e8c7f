package fr.mosaic.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock a test moves on by hand, starting at the test clock's instant ({@link TestClock}): for rules that wait, such
 * as a lock that lifts after a while. Shared between the test and the server thread, hence volatile.
 */
public final class MutableClock extends Clock {

	private volatile Instant now;

	private final ZoneId zone;

	private MutableClock(Instant now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	/** A clock at the test clock's instant, in its zone. */
	public static MutableClock atTestClock() {
		var start = TestClock.clock();
		return new MutableClock(start.instant(), start.getZone());
	}

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MutableClock(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}

}
