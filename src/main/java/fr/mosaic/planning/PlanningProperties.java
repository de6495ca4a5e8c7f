package fr.mosaic.planning;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Solver settings: the default time limit of a run, and constraint weights by rule name, e.g.
 * {@code mosaic.planning.weights.travelTime=0hard/0medium/5soft}, changeable without a rebuild.
 */
@ConfigurationProperties("mosaic.planning")
public record PlanningProperties(@DefaultValue("30s") Duration timeLimit, @DefaultValue("10m") Duration maxTimeLimit,
		Map<String, String> weights) {

	public PlanningProperties {
		weights = weights == null ? Map.of() : Map.copyOf(weights);
	}

	/** The requested limit, or the default, never above the maximum. */
	public Duration limit(Duration requested) {
		var limit = requested == null || requested.isZero() || requested.isNegative() ? timeLimit : requested;
		return limit.compareTo(maxTimeLimit) > 0 ? maxTimeLimit : limit;
	}

}
