package fr.mosaic.consolidation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.mosaic.interchange.ProblemDocument;

/**
 * Which hire would cover the unmet needs: one to three virtual workers, each given the skills of the most unmet
 * requested minutes still left for a hire, a contract (full time by default, Code du travail L3121-27) and a home at
 * the centre of those requests' sites; scenario k adds the first k of them to a copy of the week, solved from its plan.
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
	 * @param hires how many virtual workers to propose, 1 to {@link #MAX_HIRES}
	 * @param contractMinutes each hire's weekly contract, in minutes
	 * @throws IllegalArgumentException when hires or the contract is out of range
	 */
	public static Result of(SolvedWeek week, int hires, int contractMinutes, WhatIfSolve solve, Progress progress) {
		if (hires < 1 || hires > MAX_HIRES || contractMinutes <= 0) {
			throw new IllegalArgumentException("%d hires of %d minutes".formatted(hires, contractMinutes));
		}
		var profiles = propose(week, hires, contractMinutes);
		List<Scenario> scenarios = new ArrayList<>();
		if (profiles.isEmpty()) {
			return new Result(requestedMinutes(week.problem()), week.coveredMinutes(), hires, scenarios);
		}
		var control = week.control(solve);
		progress.solved(1, profiles.size() + 1);
		for (int k = 1; k <= profiles.size(); k++) {
			var chosen = profiles.subList(0, k);
			var copy = withHires(week.problem(), chosen);
			scenarios.add(scenario(control, week.whatIf(copy, solve), chosen));
			progress.solved(k + 1, profiles.size() + 1);
		}
		return new Result(requestedMinutes(week.problem()), week.coveredMinutes(), hires, scenarios);
	}

	/** The profiles of up to {@code hires} virtual workers, the first covering the most unmet minutes. */
	static List<Profile> propose(SolvedWeek week, int hires, int contractMinutes) {
		var requests = week.requests();
		Map<String, Long> left = new HashMap<>();
		for (var shift : week.uncovered()) {
			left.merge(requests.get(shift.request()).skill(), (long) week.minutes(shift), Long::sum);
		}
		List<Profile> profiles = new ArrayList<>();
		for (int number = 1; number <= hires; number++) {
			List<String> skills = new ArrayList<>();
			long toFill = contractMinutes;
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
			profiles.add(profile(week, number, skills, contractMinutes));
		}
		return profiles;
	}

	// home at the minute-weighted centre of the unmet requests' sites of those skills, named by the nearest site
	private static Profile profile(SolvedWeek week, int number, List<String> skills, int contractMinutes) {
		var requests = week.requests();
		Map<String, ProblemDocument.Site> sites = week.problem().members().stream()
				.flatMap(member -> member.sites().stream())
				.collect(Collectors.toMap(ProblemDocument.Site::id, Function.identity(), (a, b) -> a));
		double lat = 0;
		double lon = 0;
		long weight = 0;
		for (var shift : week.uncovered()) {
			var request = requests.get(shift.request());
			var site = sites.get(request.site());
			if (skills.contains(request.skill()) && site != null) {
				lat += site.lat() * request.durationMinutes();
				lon += site.lon() * request.durationMinutes();
				weight += request.durationMinutes();
			}
		}
		double homeLat = lat / weight;
		double homeLon = lon / weight;
		var area = sites.values().stream()
				.min(Comparator.comparingDouble(site -> squaredDistance(site, homeLat, homeLon)))
				.map(ProblemDocument.Site::name).orElse("");
		return new Profile(number, skills, skills.stream().map(week::skillName).toList(), contractMinutes, homeLat,
				homeLon, area);
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

	private static Scenario scenario(SolvedWeek before, SolvedWeek after, List<Profile> profiles) {
		var requests = after.requests();
		var worked = after.workedMinutes();
		var served = new TreeSet<String>();
		after.covered().stream().filter(shift -> shift.worker().startsWith(HIRE_ID))
				.forEach(shift -> served.add(after.memberName(requests.get(shift.request()).member())));
		var hires = profiles.stream()
				.map(profile -> new Hire(profile, worked.getOrDefault(HIRE_ID + profile.number(), 0L))).toList();
		return new Scenario(hires, after.coveredMinutes(), after.coveredMinutes() - before.coveredMinutes(),
				List.copyOf(served), WorkerChange.losses(before, after));
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
	 * @param area the name of the site nearest their home
	 */
	public record Profile(int number, List<String> skills, List<String> skillNames, int contractMinutes, double lat,
			double lon, String area) {
	}

	/** A virtual worker in a scenario: how much of their contract the solved copy fills, in minutes. */
	public record Hire(Profile profile, long workedMinutes) {
	}

	/**
	 * One scenario's solved copy.
	 *
	 * @param coveredMinutes requested minutes covered with the hires
	 * @param gainedMinutes covered minutes more than the control
	 * @param membersServed names of the members the hires work for
	 * @param losses existing workers planned fewer minutes than in the control
	 */
	public record Scenario(List<Hire> hires, long coveredMinutes, long gainedMinutes, List<String> membersServed,
			List<WorkerChange> losses) {

		public long lostMinutes() {
			return losses.stream().mapToLong(WorkerChange::lostMinutes).sum();
		}

	}

	/**
	 * @param requestedMinutes all the week's requested minutes
	 * @param coveredMinutes those the week's plan covers
	 * @param hiresAsked how many hires the coordinator asked for (0 in an analysis stored before it was kept)
	 * @param scenarios one a hire, in order; empty when the plan leaves nothing unmet, fewer than asked when the first
	 *        hires' contracts already take up all the unmet minutes
	 */
	public record Result(long requestedMinutes, long coveredMinutes, int hiresAsked, List<Scenario> scenarios) {
	}

}
