package fr.mosaic.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ProblemDocument.Site;
import fr.mosaic.interchange.ProblemDocument.Window;
import fr.mosaic.interchange.TravelTimes;

/**
 * The skills gap (GPEC) over stored weeks: what to train for and whom to hire. Durations are elapsed minutes.
 * <ul>
 * <li>Unmet hours are the minutes of the shifts the weeks' plans leave uncovered, by the request's skill, by area, and
 * by weekday and half-day.</li>
 * <li>An area is a cluster of sites by travel time: the site with the most unmet minutes opens the first area, and each
 * other site (by unmet minutes, then id) joins the first area whose opening site is at most
 * {@link #AREA_TRAVEL_MINUTES} away by the interchange format's travel time, or opens an area of its own. An area is
 * named after its opening site.</li>
 * <li>An uncovered shift has no time: the shift of index {@code i} is put at the start of its request's window
 * {@code i mod windows} (windows in time order), which is its slot for a request of fixed slots. A start before
 * {@link #AFTERNOON} is in the morning.</li>
 * <li>Hours below contract: for each worker and week, {@code max(0, contract - shift minutes)}, as the dashboard's
 * "billed to no member", counted under each of the worker's skills (a worker with two skills counts under both).</li>
 * </ul>
 * Every list is sorted by minutes, the largest first (the slots in week order).
 *
 * @param weeks the Mondays of the weeks read, those with a stored plan
 */
public record SkillsGap(List<LocalDate> weeks, List<Line> bySkill, List<Line> byArea, List<Slot> bySlot,
		List<Line> belowContractBySkill) {

	/** Sites at most this many minutes of travel from an area's first site belong to it. */
	public static final int AREA_TRAVEL_MINUTES = 20;

	/** Where the afternoon starts for the half-days. */
	public static final LocalTime AFTERNOON = LocalTime.NOON;

	public SkillsGap {
		weeks = List.copyOf(weeks);
		bySkill = List.copyOf(bySkill);
		byArea = List.copyOf(byArea);
		bySlot = List.copyOf(bySlot);
		belowContractBySkill = List.copyOf(belowContractBySkill);
	}

	/**
	 * One line of a table.
	 *
	 * @param label a skill's name, or an area's opening site as "member — site"
	 * @param count uncovered shifts, or, below contract, distinct workers who were below contract at least one week
	 */
	public record Line(String label, long minutes, int count) {
	}

	/** Unmet minutes of one weekday's half-day. */
	public record Slot(DayOfWeek day, boolean morning, long minutes, int count) {
	}

	/**
	 * @throws IllegalArgumentException when an uncovered shift of a plan names a request its problem lacks
	 */
	public static SkillsGap of(List<PlannedWeek> weeks) {
		Map<String, String> skillNames = new HashMap<>();
		Map<String, String> siteLabels = new HashMap<>();
		Map<String, Site> sites = new HashMap<>();
		Map<String, Tally> bySkill = new HashMap<>();
		Map<String, Tally> bySite = new HashMap<>();
		Map<Slot, Tally> bySlot = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			bySlot.put(new Slot(day, true, 0, 0), new Tally());
			bySlot.put(new Slot(day, false, 0, 0), new Tally());
		}
		Map<String, Tally> below = new HashMap<>();
		Map<String, Set<String>> belowWorkers = new HashMap<>();
		for (PlannedWeek week : weeks) {
			ProblemDocument problem = week.problem();
			problem.skills().forEach(skill -> skillNames.put(skill.id(), skill.name()));
			problem.members().forEach(member -> member.sites().forEach(site -> {
				sites.put(site.id(), site);
				siteLabels.put(site.id(), member.name() + " — " + site.name());
			}));
			Map<String, Request> requests = problem.requests().stream()
					.collect(Collectors.toMap(Request::id, Function.identity()));
			for (PlanDocument.Shift shift : week.plan().shifts()) {
				if (shift.covered()) {
					continue;
				}
				Request request = requests.get(shift.request());
				if (request == null) {
					throw new IllegalArgumentException("shift of unknown request " + shift.request());
				}
				int minutes = request.durationMinutes();
				bySkill.computeIfAbsent(request.skill(), key -> new Tally()).add(minutes);
				bySite.computeIfAbsent(request.site(), key -> new Tally()).add(minutes);
				List<Window> windows = request.windows().stream()
						.sorted(Comparator.comparing(window -> window.start().local())).toList();
				var start = windows.get(shift.index() % windows.size()).start().local();
				bySlot.get(new Slot(start.getDayOfWeek(), start.toLocalTime().isBefore(AFTERNOON), 0, 0)).add(minutes);
			}
			Map<String, Long> billed = WeekFigures.shiftMinutesByWorker(problem, week.plan());
			for (ProblemDocument.Worker worker : problem.workers()) {
				long shortfall = Math.max(0, worker.contractMinutes() - billed.getOrDefault(worker.id(), 0L));
				if (shortfall == 0) {
					continue;
				}
				for (String skill : worker.skills()) {
					below.computeIfAbsent(skill, key -> new Tally()).minutes += shortfall;
					belowWorkers.computeIfAbsent(skill, key -> new HashSet<>()).add(worker.id());
				}
			}
		}
		TravelTimes travel = weeks.isEmpty() ? null : TravelTimes.of(weeks.getLast().problem());
		List<Line> byArea = new ArrayList<>();
		if (travel != null) {
			areas(bySite, sites, travel).forEach(
					(opening, tally) -> byArea.add(new Line(siteLabels.get(opening), tally.minutes, tally.count)));
		}
		belowWorkers.forEach((skill, workers) -> below.get(skill).count = workers.size());
		return new SkillsGap(weeks.stream().map(PlannedWeek::weekStart).toList(), lines(bySkill, skillNames),
				sorted(byArea),
				bySlot.entrySet().stream().map(
						e -> new Slot(e.getKey().day(), e.getKey().morning(), e.getValue().minutes, e.getValue().count))
						.toList(),
				lines(below, skillNames));
	}

	/** The unmet minutes of the sites gathered by area, each area under the id of its opening site. */
	private static Map<String, Tally> areas(Map<String, Tally> bySite, Map<String, Site> sites, TravelTimes travel) {
		List<String> order = bySite.keySet().stream().sorted(Comparator
				.<String>comparingLong(site -> -bySite.get(site).minutes).thenComparing(Comparator.naturalOrder()))
				.toList();
		Map<String, Tally> areas = new LinkedHashMap<>();
		for (String site : order) {
			String area = areas.keySet().stream()
					.filter(opening -> travel.minutes(sites.get(opening), sites.get(site)) <= AREA_TRAVEL_MINUTES)
					.findFirst().orElse(site);
			Tally tally = areas.computeIfAbsent(area, key -> new Tally());
			tally.minutes += bySite.get(site).minutes;
			tally.count += bySite.get(site).count;
		}
		return areas;
	}

	private static List<Line> lines(Map<String, Tally> tallies, Map<String, String> names) {
		return sorted(tallies.entrySet().stream().map(
				e -> new Line(names.getOrDefault(e.getKey(), e.getKey()), e.getValue().minutes, e.getValue().count))
				.toList());
	}

	private static List<Line> sorted(List<Line> lines) {
		return lines.stream().sorted(Comparator.comparingLong(Line::minutes).reversed().thenComparing(Line::label))
				.toList();
	}

	/** Whether any of the weeks left a shift uncovered. */
	public boolean hasUnmetHours() {
		return !bySkill.isEmpty();
	}

	private static final class Tally {

		long minutes;

		int count;

		void add(int shiftMinutes) {
			minutes += shiftMinutes;
			count++;
		}

	}

}
