package fr.mosaic.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.mosaic.interchange.PlanDocument.WorkerSummary;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ProblemDocument.Site;
import fr.mosaic.interchange.TravelTimes;

/**
 * How the stored weeks consolidate each worker's job, and the group's, week by week. Durations are elapsed minutes. A
 * worker's "billed" minutes are their shifts' minutes at members (travel and idle time not included), as the
 * dashboard's figures count them; a worker is at full contract in a week when they reach their contract that way.
 *
 * @param workers one line per worker of any of the weeks, by name
 * @param weeks the group's figures, oldest week first
 */
public record Consolidation(List<WorkerLine> workers, List<GroupWeek> weeks) {

	public Consolidation {
		workers = List.copyOf(workers);
		weeks = List.copyOf(weeks);
	}

	/**
	 * One worker over the weeks they are in.
	 *
	 * @param weeks the weeks read that list the worker
	 * @param contractMinutes their contracts, summed over those weeks
	 * @param billedMinutes their shifts' minutes, summed
	 * @param weeksAtContract weeks they reached their contract
	 * @param membersPerWeek the mean of the distinct members they work for in a week
	 * @param membersPerDay the mean, over the days they work (a shift counts on its start day), of the distinct members
	 *        that day; 0 when they never work
	 * @param idleMinutes the gaps between two consecutive shifts starting the same day, less the travel between their
	 *        sites, summed
	 * @param travelMinutes their travel between shifts, summed
	 */
	public record WorkerLine(String id, String name, int weeks, long contractMinutes, long billedMinutes,
			int weeksAtContract, double membersPerWeek, double membersPerDay, long idleMinutes, long travelMinutes) {

		/** Billed over contracted minutes: 1 at contract, above 1 beyond it, 1 without contract. */
		public double shareOfContract() {
			return contractMinutes == 0 ? 1 : (double) billedMinutes / contractMinutes;
		}

	}

	/**
	 * The group in one week.
	 *
	 * @param contractMinutes every worker's contract, summed
	 * @param workedContractMinutes the sum over workers of {@code min(billed, contract)}: the contracted minutes billed
	 * @param workers workers of the week
	 * @param workersAtContract of those, the ones at full contract
	 */
	public record GroupWeek(LocalDate weekStart, long contractMinutes, long workedContractMinutes, int workers,
			int workersAtContract) {

		/** The share of contracted minutes worked at members, from 0 to 1; 1 without contracts. */
		public double shareWorked() {
			return contractMinutes == 0 ? 1 : (double) workedContractMinutes / contractMinutes;
		}

	}

	/**
	 * @throws IllegalArgumentException when a covered shift of a plan names a request its problem lacks
	 */
	public static Consolidation of(List<PlannedWeek> weeks) {
		Map<String, Totals> totals = new LinkedHashMap<>();
		List<GroupWeek> group = new ArrayList<>();
		for (PlannedWeek week : weeks) {
			ProblemDocument problem = week.problem();
			Map<String, Long> billed = WeekFigures.shiftMinutesByWorker(problem, week.plan());
			Map<String, WorkerSummary> summaries = week.plan().workers().stream()
					.collect(Collectors.toMap(WorkerSummary::id, Function.identity()));
			Map<String, List<Placed>> placed = placed(week);
			Map<String, Site> sites = new HashMap<>();
			problem.members().forEach(member -> member.sites().forEach(site -> sites.put(site.id(), site)));
			TravelTimes travel = TravelTimes.of(problem);
			long contracts = 0;
			long worked = 0;
			int atContract = 0;
			for (ProblemDocument.Worker worker : problem.workers()) {
				long contract = worker.contractMinutes();
				long minutes = billed.getOrDefault(worker.id(), 0L);
				contracts += contract;
				worked += Math.min(minutes, contract);
				atContract += minutes >= contract ? 1 : 0;
				Totals t = totals.computeIfAbsent(worker.id(), key -> new Totals());
				t.name = worker.name();
				t.weeks++;
				t.contract += contract;
				t.billed += minutes;
				t.atContract += minutes >= contract ? 1 : 0;
				WorkerSummary summary = summaries.get(worker.id());
				t.travel += summary == null ? 0 : summary.travelMinutes();
				List<Placed> shifts = placed.getOrDefault(worker.id(), List.of());
				t.members += shifts.stream().map(shift -> shift.request().member()).distinct().count();
				Map<LocalDate, List<Placed>> byDay = shifts.stream().collect(
						Collectors.groupingBy(shift -> shift.start().toLocalDate(), TreeMap::new, Collectors.toList()));
				for (List<Placed> day : byDay.values()) {
					t.days++;
					t.dayMembers += day.stream().map(shift -> shift.request().member()).distinct().count();
					for (int i = 1; i < day.size(); i++) {
						Placed before = day.get(i - 1);
						Placed after = day.get(i);
						long gap = Duration.between(before.end(), after.start()).toMinutes()
								- travel.minutes(sites.get(before.request().site()), sites.get(after.request().site()));
						t.idle += Math.max(0, gap);
					}
				}
			}
			group.add(new GroupWeek(week.weekStart(), contracts, worked, problem.workers().size(), atContract));
		}
		List<WorkerLine> lines = totals.entrySet().stream().map(e -> e.getValue().line(e.getKey()))
				.sorted(Comparator.comparing(WorkerLine::name).thenComparing(WorkerLine::id)).toList();
		return new Consolidation(lines, group);
	}

	/** Each worker's covered shifts of the week, in time order; a shift's end is its start plus its duration. */
	private static Map<String, List<Placed>> placed(PlannedWeek week) {
		Map<String, List<Placed>> byWorker = new HashMap<>();
		WeekFigures.forEachCovered(week.problem(), week.plan(), (shift, request) -> {
			LocalDateTime start = Objects.requireNonNull(shift.start()).local();
			byWorker.computeIfAbsent(Objects.requireNonNull(shift.worker()), key -> new ArrayList<>())
					.add(new Placed(request, start, start.plusMinutes(request.durationMinutes())));
		});
		byWorker.values().forEach(shifts -> shifts.sort(Comparator.comparing(Placed::start)));
		return byWorker;
	}

	private record Placed(Request request, LocalDateTime start, LocalDateTime end) {
	}

	private static final class Totals {

		String name = "";

		int weeks;

		long contract;

		long billed;

		int atContract;

		long members;

		int days;

		long dayMembers;

		long idle;

		long travel;

		WorkerLine line(String id) {
			return new WorkerLine(id, name, weeks, contract, billed, atContract, (double) members / weeks,
					days == 0 ? 0 : (double) dayMembers / days, idle, travel);
		}

	}

}
