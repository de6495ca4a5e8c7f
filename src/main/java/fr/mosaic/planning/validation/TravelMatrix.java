package fr.mosaic.planning.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.TravelTimes;

/**
 * Travel minutes between the sites of a problem, from the spec's one computation ({@link TravelTimes}), numbered so
 * that hot loops can look travel up in an array.
 */
public final class TravelMatrix {

	private final Map<String, Integer> index = new HashMap<>();

	private final int[][] minutes;

	private TravelMatrix(List<ProblemDocument.Site> sites, TravelTimes travel) {
		for (ProblemDocument.Site site : sites) {
			index.putIfAbsent(site.id(), index.size());
		}
		ProblemDocument.Site[] byIndex = new ProblemDocument.Site[index.size()];
		sites.forEach(site -> byIndex[index.get(site.id())] = site);
		int n = byIndex.length;
		minutes = new int[n][n];
		for (int a = 0; a < n; a++) {
			for (int b = 0; b < n; b++) {
				minutes[a][b] = travel.minutes(byIndex[a], byIndex[b]);
			}
		}
	}

	public static TravelMatrix of(ProblemDocument problem) {
		return new TravelMatrix(problem.members().stream().flatMap(m -> m.sites().stream()).toList(),
				TravelTimes.of(problem));
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

}
