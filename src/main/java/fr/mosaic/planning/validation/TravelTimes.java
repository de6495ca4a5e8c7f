package fr.mosaic.planning.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.mosaic.interchange.ProblemDocument;

/**
 * Travel minutes between the sites of a problem, as the spec defines them: a haversine distance stretched by the detour
 * factor at the given speed, rounded up, unless the problem's matrix says otherwise. Sites are numbered so that hot
 * loops can look travel up in an array.
 */
public final class TravelTimes {

	private static final double EARTH_RADIUS_KM = 6371;

	private final Map<String, Integer> index = new HashMap<>();

	private final int[][] minutes;

	private TravelTimes(List<ProblemDocument.Site> sites, double speedKmh, double detourFactor,
			Map<String, Map<String, Integer>> overrides) {
		for (ProblemDocument.Site site : sites) {
			index.putIfAbsent(site.id(), index.size());
		}
		ProblemDocument.Site[] byIndex = new ProblemDocument.Site[index.size()];
		sites.forEach(site -> byIndex[index.get(site.id())] = site);
		int n = byIndex.length;
		minutes = new int[n][n];
		for (int a = 0; a < n; a++) {
			for (int b = a + 1; b < n; b++) {
				int m = computed(byIndex[a], byIndex[b], speedKmh, detourFactor);
				minutes[a][b] = m;
				minutes[b][a] = m;
			}
		}
		// the matrix overrides one direction at a time, as written
		overrides.forEach((from, row) -> row.forEach((to, value) -> {
			Integer a = index.get(from);
			Integer b = index.get(to);
			if (a != null && b != null && !a.equals(b)) {
				minutes[a][b] = value;
			}
		}));
	}

	public static TravelTimes of(ProblemDocument problem) {
		List<ProblemDocument.Site> sites = problem.members().stream().flatMap(m -> m.sites().stream()).toList();
		Map<String, Map<String, Integer>> overrides = problem.travelMinutes() == null
				? Map.of()
				: problem.travelMinutes();
		return new TravelTimes(sites, problem.travel().speedKmh(), problem.travel().detourFactor(), overrides);
	}

	/** The site's number, or -1 for a site the problem does not know. */
	public int index(String siteId) {
		return index.getOrDefault(siteId, -1);
	}

	public int minutes(int from, int to) {
		return from < 0 || to < 0 || from == to ? 0 : minutes[from][to];
	}

	public int minutes(String from, String to) {
		return minutes(index(from), index(to));
	}

	static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double h = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	private static int computed(ProblemDocument.Site a, ProblemDocument.Site b, double speedKmh, double detourFactor) {
		if (a.lat() == null || a.lon() == null || b.lat() == null || b.lon() == null) {
			return 0;
		}
		double km = haversineKm(a.lat(), a.lon(), b.lat(), b.lon());
		return (int) Math.ceil(60 * detourFactor * km / speedKmh);
	}

}
