package fr.mosaic.interchange;

import java.util.Map;

import fr.mosaic.interchange.ProblemDocument.Site;

/**
 * Travel minutes between two sites of a problem, as {@code docs/spec/interchange.md} defines them: 0 for the same site,
 * else the problem's matrix entry for that direction, else {@code ceil(60 * detourFactor * haversineKm / speedKmh)} on
 * an Earth of radius 6371 km. The one computation of travel the solver's model and the validator both use.
 */
public final class TravelTimes {

	private static final double EARTH_RADIUS_KM = 6371;

	private final double speedKmh;

	private final double detourFactor;

	private final Map<String, Map<String, Integer>> overrides;

	private TravelTimes(double speedKmh, double detourFactor, Map<String, Map<String, Integer>> overrides) {
		this.speedKmh = speedKmh;
		this.detourFactor = detourFactor;
		this.overrides = overrides;
	}

	public static TravelTimes of(ProblemDocument problem) {
		return of(problem.travel().speedKmh(), problem.travel().detourFactor(),
				problem.travelMinutes() == null ? Map.of() : problem.travelMinutes());
	}

	/**
	 * Travel as the group's settings and register give it, for a week outside any problem file (a worker's published
	 * week).
	 *
	 * @param overrides minutes by site id, from and to
	 */
	public static TravelTimes of(double speedKmh, double detourFactor, Map<String, Map<String, Integer>> overrides) {
		return new TravelTimes(speedKmh, detourFactor, overrides);
	}

	/**
	 * Minutes from one site to another.
	 *
	 * @throws IllegalArgumentException when a site has no coordinates and no matrix entry covers the trip: the spec
	 *         requires them and the checker refuses a problem without, so guessing 0 would hide travel
	 */
	public int minutes(Site from, Site to) {
		if (from.id().equals(to.id())) {
			return 0;
		}
		Integer override = overrides.getOrDefault(from.id(), Map.of()).get(to.id());
		if (override != null) {
			return override;
		}
		return (int) Math.ceil(60 * detourFactor * haversineKm(coordinate(from.lat(), from),
				coordinate(from.lon(), from), coordinate(to.lat(), to), coordinate(to.lon(), to)) / speedKmh);
	}

	/** Great-circle kilometres between two points given in degrees. */
	static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double h = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		// rounding can push h a hair above 1 for points on opposite sides of the Earth, where asin is undefined
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	private static double coordinate(Double value, Site site) {
		if (value == null) {
			throw new IllegalArgumentException("Site " + site.id() + " has no lat/lon");
		}
		return value;
	}

}
