package fr.mosaic.consolidation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.mosaic.interchange.ProblemDocument;

/**
 * Which hire would cover the unmet needs: one to three virtual workers, each given the skills of the most unmet
 * requested minutes of the weeks analysed still left for a hire, a contract (full time by default, Code du travail
 * L3121-27) and a home at the centre of those requests' sites; scenario k adds the first k of them to a copy of each
 * week, solved from its plan.
 */
public final class HiringScenarios {

	/** The most virtual workers a scenario adds. */
	public static final int MAX_HIRES = 3;

	/** The id prefix of a virtual worker in a what-if copy; no stored worker id starts with it. */
	static final String HIRE_ID = "what-if-hire-";

	// a hire takes a second skill when the first leaves their contract short; more would be a rare profile
	private static final int MAX_SKILLS = 2;

	private HiringScenarios() {
	}

	/**
	 * Proposes the hires from the unmet minutes of all the weeks together, then adds the same hires to a copy of each
	 * week; a scenario's figures are summed over the weeks.
	 *
	 * @param hires how many virtual workers to propose, 1 to {@link #MAX_HIRES}
	 * @param contractMinutes each hire's weekly contract, in minutes
	 * @throws IllegalArgumentException when hires or the contract is out of range
	 */
	public static Result of(SolvedWeeks weeks, int hires, int contractMinutes, WhatIfSolve solve, Progress progress) {
		if (hires < 1 || hires > MAX_HIRES || contractMinutes <= 0) {
			throw new IllegalArgumentException("%d hires of %d minutes".formatted(hires, contractMinutes));
		}
		var profiles = propose(weeks, hires, contractMinutes);
		if (profiles.isEmpty()) {
			return new Result(weeks.requestedMinutes(), weeks.coveredMinutes(), hires, List.of(), weeks.starts(),
					false);
		}
		var perWeek = weeks.each(progress, (week, weekProgress) -> solve(week, profiles, solve, weekProgress));
		// the reference every gain is measured against: the weeks re-solved without a hire for the same time
		long reference = perWeek.stream().mapToLong(week -> week.getFirst().control()).sum();
		List<Scenario> scenarios = new ArrayList<>();
		boolean addsNothing = false;
		for (int k = 1; k <= profiles.size(); k++) {
			int index = k - 1;
			var scenario = scenario(profiles.subList(0, k), perWeek.stream().map(week -> week.get(index)).toList());
			if (k > 1 && !addsCoverage(scenarios.getLast(), scenario)) {
				// the extra hire covers nothing more: proposing them would only take hours from the others
				addsNothing = true;
				break;
			}
			scenarios.add(scenario);
			if (perWeek.stream().allMatch(week -> week.get(index).unmetMinutes() == 0)) {
				break; // nothing is left unmet for another hire
			}
		}
		return new Result(weeks.requestedMinutes(), reference, hires, scenarios, weeks.starts(), addsNothing);
	}

	// whether the scenario's last hire works and covers more than the scenario before, over the weeks
	private static boolean addsCoverage(Scenario before, Scenario with) {
		return with.hires().getLast().workedMinutes() > 0 && with.coveredMinutes() > before.coveredMinutes();
	}

	// the week's control, then scenario k with the first k profiles, each solved from the week's plan
	private static List<Solved> solve(SolvedWeek week, List<Profile> profiles, WhatIfSolve solve, Progress progress) {
		var control = week.control(solve);
		progress.solved(1, profiles.size() + 1);
		List<Solved> solved = new ArrayList<>();
		for (int k = 1; k <= profiles.size(); k++) {
			var chosen = profiles.subList(0, k);
			solved.add(Solved.of(control, week.whatIf(withHires(week.problem(), chosen), solve), chosen));
			progress.solved(k + 1, profiles.size() + 1);
		}
		return solved;
	}

	/**
	 * The profiles of up to {@code hires} virtual workers, the first covering the most unmet minutes of all the weeks;
	 * each takes skills until its contract over the weeks is filled.
	 */
	static List<Profile> propose(SolvedWeeks weeks, int hires, int contractMinutes) {
		Map<String, Long> left = new HashMap<>();
		for (var week : weeks.weeks()) {
			var requests = week.requests();
			for (var shift : week.uncovered()) {
				left.merge(requests.get(shift.request()).skill(), (long) week.minutes(shift), Long::sum);
			}
		}
		List<Profile> profiles = new ArrayList<>();
		for (int number = 1; number <= hires; number++) {
			List<String> skills = new ArrayList<>();
			long toFill = (long) contractMinutes * weeks.weeks().size();
			while (toFill > 0 && skills.size() < MAX_SKILLS) {
				var next = left.entrySet().stream().filter(e -> e.getValue() > 0 && !skills.contains(e.getKey()))
						.max(Comparator.comparing((Map.Entry<String, Long> e) -> e.getValue())
								.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()));
				if (next.isEmpty()) {
					break;
				}
				skills.add(next.get().getKey());
				long taken = Math.min(toFill, next.get().getValue());
				left.merge(next.get().getKey(), -taken, Long::sum);
				toFill -= taken;
			}
			if (skills.isEmpty()) {
				break; // nothing unmet is left for another hire
			}
			profiles.add(profile(weeks, number, skills, contractMinutes));
		}
		return profiles;
	}

	// home at the minute-weighted centre of the unmet requests' sites of those skills over the weeks, named by the
	// nearest site and its member
	private static Profile profile(SolvedWeeks weeks, int number, List<String> skills, int contractMinutes) {
		Map<String, ProblemDocument.Site> sites = weeks.weeks().stream()
				.flatMap(week -> week.problem().members().stream()).flatMap(member -> member.sites().stream())
				.collect(Collectors.toMap(ProblemDocument.Site::id, Function.identity(), (a, b) -> a));
		double lat = 0;
		double lon = 0;
		long weight = 0;
		for (var week : weeks.weeks()) {
			var requests = week.requests();
			for (var shift : week.uncovered()) {
				var request = requests.get(shift.request());
				var site = sites.get(request.site());
				if (skills.contains(request.skill()) && site != null) {
					lat += site.lat() * request.durationMinutes();
					lon += site.lon() * request.durationMinutes();
					weight += request.durationMinutes();
				}
			}
		}
		double homeLat = lat / weight;
		double homeLon = lon / weight;
		// a site's name alone is shared by many members (« Résidence », « Chai »): named with its member
		Map<String, String> owners = new HashMap<>();
		weeks.weeks().forEach(week -> week.problem().members()
				.forEach(member -> member.sites().forEach(site -> owners.putIfAbsent(site.id(), member.name()))));
		var area = sites.values().stream()
				.min(Comparator.comparingDouble(site -> squaredDistance(site, homeLat, homeLon)))
				.map(site -> owners.get(site.id()) + " — " + site.name()).orElse("");
		return new Profile(number, skills, skills.stream().map(weeks.last()::skillName).toList(), contractMinutes,
				homeLat, homeLon, area);
	}

	private static double squaredDistance(ProblemDocument.Site site, double lat, double lon) {
		double dLat = site.lat() - lat;
		double dLon = (site.lon() - lon) * Math.cos(Math.toRadians(lat));
		return dLat * dLat + dLon * dLon;
	}

	/** The week's copy with the virtual workers added, available all week, with every member. */
	static ProblemDocument withHires(ProblemDocument problem, List<Profile> profiles) {
		var hires = profiles.stream()
				.map(profile -> new ProblemDocument.Worker(HIRE_ID + profile.number(), "#" + profile.number(),
						profile.contractMinutes(), null, null, profile.skills(),
						new ProblemDocument.Point(profile.lat(), profile.lon()), null, null, null, null));
		return WeekCopies.withWorkers(problem, Stream.concat(problem.workers().stream(), hires).toList());
	}

	// one scenario over the weeks: each week's copy against that week's control, summed
	private static Scenario scenario(List<Profile> profiles, List<Solved> weeks) {
		List<Hire> hires = new ArrayList<>();
		for (int i = 0; i < profiles.size(); i++) {
			int hire = i;
			hires.add(new Hire(profiles.get(i), weeks.stream().mapToLong(week -> week.hiresMinutes().get(hire)).sum(),
					(long) profiles.get(i).contractMinutes() * weeks.size()));
		}
		var served = new TreeSet<String>();
		weeks.forEach(week -> served.addAll(week.served()));
		var perWeek = weeks.stream().map(Solved::week).toList();
		return new Scenario(hires, perWeek.stream().mapToLong(ScenarioWeek::coveredMinutes).sum(),
				perWeek.stream().mapToLong(ScenarioWeek::gainedMinutes).sum(), List.copyOf(served),
				WorkerChange.losses(WorkerChange.summed(weeks.stream().map(Solved::changes).toList())), perWeek);
	}

	/** A scenario's copy of one week against that week's control, with every worker's change. */
	private record Solved(ScenarioWeek week, List<Long> hiresMinutes, Set<String> served,
			Map<String, WorkerChange> changes, long unmetMinutes) {

		/** The minutes the week's control covers. */
		long control() {
			return week.coveredMinutes() - week.gainedMinutes();
		}

		static Solved of(SolvedWeek before, SolvedWeek after, List<Profile> profiles) {
			var requests = after.requests();
			var worked = after.workedMinutes();
			var served = new TreeSet<String>();
			after.covered().stream().filter(shift -> shift.worker().startsWith(HIRE_ID))
					.forEach(shift -> served.add(after.memberName(requests.get(shift.request()).member())));
			var hiresMinutes = profiles.stream().map(profile -> worked.getOrDefault(HIRE_ID + profile.number(), 0L))
					.toList();
			return new Solved(
					new ScenarioWeek(before.problem().weekStart(), after.coveredMinutes(),
							after.coveredMinutes() - before.coveredMinutes(),
							hiresMinutes.stream().mapToLong(Long::longValue).sum()),
					hiresMinutes, served, WorkerChange.byWorker(before, after),
					after.uncovered().stream().mapToLong(after::minutes).sum());
		}

	}

	static long requestedMinutes(ProblemDocument problem) {
		return problem.requests().stream().mapToLong(request -> (long) request.durationMinutes() * request.count())
				.sum();
	}

	/**
	 * A virtual worker's profile.
	 *
	 * @param number 1 for the first hire proposed
	 * @param contractMinutes weekly contract, in minutes
	 * @param area the site nearest their home, named « member — site » (the site's name alone in an analysis stored
	 *        before)
	 */
	public record Profile(int number, List<String> skills, List<String> skillNames, int contractMinutes, double lat,
			double lon, String area) {
	}

	/**
	 * A virtual worker in a scenario: how much of their contract the solved copies fill, in minutes.
	 *
	 * @param workedMinutes their minutes over the weeks analysed
	 * @param contractMinutes their contract over those weeks (0 in an analysis stored before it was kept: one week's)
	 */
	public record Hire(Profile profile, long workedMinutes, long contractMinutes) {

		public Hire {
			contractMinutes = contractMinutes == 0 ? profile.contractMinutes() : contractMinutes;
		}

	}

	/**
	 * One scenario's copy of one week.
	 *
	 * @param coveredMinutes requested minutes of the week covered with the hires
	 * @param gainedMinutes covered minutes more than the week's control
	 * @param hiredMinutes minutes the hires work that week
	 */
	public record ScenarioWeek(LocalDate weekStart, long coveredMinutes, long gainedMinutes, long hiredMinutes) {
	}

	/**
	 * One scenario's solved copies, summed over the weeks.
	 *
	 * @param coveredMinutes requested minutes covered with the hires
	 * @param gainedMinutes covered minutes more than the controls
	 * @param membersServed names of the members the hires work for
	 * @param losses existing workers planned fewer minutes than in the controls, over the weeks
	 * @param perWeek the same week by week, oldest first (empty in an analysis stored before it was kept)
	 */
	public record Scenario(List<Hire> hires, long coveredMinutes, long gainedMinutes, List<String> membersServed,
			List<WorkerChange> losses, List<ScenarioWeek> perWeek) {

		public Scenario {
			perWeek = perWeek == null ? List.of() : perWeek;
		}

		public long lostMinutes() {
			return losses.stream().mapToLong(WorkerChange::lostMinutes).sum();
		}

	}

	/**
	 * @param requestedMinutes all the weeks' requested minutes
	 * @param coveredMinutes the reference each scenario's gain is measured against: the minutes the weeks' controls
	 *        cover (the weeks re-solved from their plans without a hire, for a scenario's time), so that it plus a
	 *        scenario's gain is the scenario's coverage; the plans' own when there is no scenario
	 * @param hiresAsked how many hires the coordinator asked for (0 in an analysis stored before it was kept)
	 * @param scenarios one a hire, in order; empty when the plans leave nothing unmet, fewer than asked when the first
	 *        hires' contracts already take up all the unmet minutes, a scenario leaves none, or the next hire would
	 *        cover nothing more
	 * @param weeks the weeks analysed, see {@link WhatIfResult#weeks()}
	 * @param nextHireAddsNothing whether a scenario with one more hire was left out because that hire covered no more
	 *        minutes than the scenario before
	 */
	public record Result(long requestedMinutes, long coveredMinutes, int hiresAsked, List<Scenario> scenarios,
			List<LocalDate> weeks, boolean nextHireAddsNothing) implements WhatIfResult {

		public Result {
			weeks = weeks == null ? List.of() : weeks;
		}

	}

}
