package fr.mosaic.planning;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Solver settings: the default and the longest time limit of a run, how long a run goes on without finding a better
 * plan before it ends, by the week's number of shifts (a small week is done in seconds, not at its time limit; a large
 * one improves more slowly and gets longer), how long a finished job's result is kept before it is released, how many
 * jobs solve at once for small weeks and as many for larger ones ({@link BySize}; {@code AUTO}: half the processors, at
 * least one; the others wait in their queue), and constraint weights by rule name, e.g.
 * {@code mosaic.planning.weights.travelTime=0hard/0medium/5soft}, changeable without a rebuild.
 */
@ConfigurationProperties("mosaic.planning")
public record PlanningProperties(@DefaultValue("30s") Duration timeLimit, @DefaultValue("10m") Duration maxTimeLimit,
		Map<Integer, Duration> unimprovedLimit, @DefaultValue("1h") Duration jobRetention,
		@DefaultValue("AUTO") String parallelSolvers, Map<String, String> weights) {

	/**
	 * Unimproved limits by the least number of shifts of a week they apply to, from the benchmark's sizes (S about 100
	 * shifts, M 450, L 1,400, XL 8,700) and the time each took between two better plans near its end.
	 */
	public static final Map<Integer, Duration> DEFAULT_UNIMPROVED_LIMIT = Map.of(0, Duration.ofSeconds(5),
			BySize.SMALL_WEEK_SHIFTS, Duration.ofSeconds(15), 800, Duration.ofSeconds(30), 4000,
			Duration.ofSeconds(60));

	/** The shortest time limit a caller may ask for. */
	public static final Duration MIN_TIME_LIMIT = Duration.ofSeconds(1);

	public PlanningProperties {
		weights = weights == null ? Map.of() : Map.copyOf(weights);
		unimprovedLimit = unimprovedLimit == null || unimprovedLimit.isEmpty()
				? DEFAULT_UNIMPROVED_LIMIT
				: Map.copyOf(unimprovedLimit);
	}

	/**
	 * How long a solve of a week of that many shifts goes on without a better plan: the limit set for the largest
	 * number of shifts the week reaches, the smallest limit for a week below them all.
	 */
	public Duration unimprovedLimit(int shifts) {
		var bySize = new TreeMap<>(unimprovedLimit);
		var reached = bySize.floorEntry(shifts);
		return reached == null ? bySize.firstEntry().getValue() : reached.getValue();
	}

	/** Whether a caller may ask for this time limit: from {@link #MIN_TIME_LIMIT} to the longest one. */
	public boolean allows(Duration requested) {
		return requested.compareTo(MIN_TIME_LIMIT) >= 0 && requested.compareTo(maxTimeLimit) <= 0;
	}

	/**
	 * The requested limit, or the default when none is asked for.
	 *
	 * @throws IllegalArgumentException when the requested limit is not {@linkplain #allows(Duration) allowed}
	 */
	public Duration limit(@Nullable Duration requested) {
		if (requested == null) {
			return timeLimit;
		}
		if (!allows(requested)) {
			throw new IllegalArgumentException(
					"time limit %s is outside %s to %s".formatted(requested, MIN_TIME_LIMIT, maxTimeLimit));
		}
		return requested;
	}

}
