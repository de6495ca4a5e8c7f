package fr.mosaic.planning;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Travel minutes between two sites as {@code docs/spec/interchange.md} defines them. */
final class TravelTimes {

	private static final double EARTH_RADIUS_KM = 6371;

	private final double speedKmh;

	private final double detourFactor;

	private final Map<String, Map<String, Integer>> overrides;

	TravelTimes(double speedKmh, double detourFactor, @Nullable Map<String, Map<String, Integer>> overrides) {
		this.speedKmh = speedKmh;
		this.detourFactor = detourFactor;
		this.overrides = overrides == null ? Map.of() : overrides;
	}

	/** 0 for the same site; else the matrix entry or {@code ceil(60 * detour * km / speed)}. */
	int minutes(String fromId, double fromLat, double fromLon, String toId, double toLat, double toLon) {
		if (fromId.equals(toId)) {
			return 0;
		}
		Integer override = overrides.getOrDefault(fromId, Map.of()).get(toId);
		if (override != null) {
			return override;
		}
		return (int) Math.ceil(60 * detourFactor * haversineKm(fromLat, fromLon, toLat, toLon) / speedKmh);
	}

	static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
	}

}
