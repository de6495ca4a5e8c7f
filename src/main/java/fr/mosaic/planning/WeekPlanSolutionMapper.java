package fr.mosaic.planning;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ShiftKey;
import fr.mosaic.interchange.TravelTimes;
import fr.mosaic.interchange.WallTime;
import fr.mosaic.planning.model.MinuteInterval;
import fr.mosaic.planning.model.PlanningMember;
import fr.mosaic.planning.model.PlanningRequest;
import fr.mosaic.planning.model.PlanningSite;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekCalendar;
import fr.mosaic.planning.model.WeekPlanSolution;
import fr.mosaic.planning.solver.ConstraintWeights;
import fr.mosaic.planning.solver.WorkerWeek;

/**
 * Maps a week's {@link ProblemDocument} to the solver model, with the rule weights, and a solved model back to a
 * {@link PlanDocument}. Times become elapsed minutes since the week's Monday 00:00 in the group's time zone, through
 * the week's {@link WeekCalendar}, and back: a shift ends its duration later on the clock the worker lives by.
 */
public final class WeekPlanSolutionMapper {

	private final ConstraintWeightOverrides<HardMediumSoftLongScore> weights;

	/** Default rule weights. */
	public WeekPlanSolutionMapper() {
		this(Map.of());
	}

	/**
	 * @param weightOverrides rule name to a score string ({@code "0hard/0medium/5soft"}) replacing its default weight
	 * @throws IllegalArgumentException when a rule name is unknown or a weight does not parse
	 */
	public WeekPlanSolutionMapper(Map<String, String> weightOverrides) {
		this.weights = ConstraintWeights.withOverrides(weightOverrides);
	}

	/**
	 * @throws IllegalArgumentException naming the field when a reference (site, member, worker, request) is unknown, or
	 *         a time does not exist in the problem's zone or has an offset the zone has not
	 */
	public WeekPlanSolution toSolution(ProblemDocument problem) {
		WeekCalendar calendar = WeekCalendar.of(problem.weekStart(), ZoneId.of(problem.timeZone()));
		List<PlanningSite> sites = new ArrayList<>();
		Map<String, ProblemDocument.Site> siteDocuments = new LinkedHashMap<>();
		for (ProblemDocument.Member member : problem.members()) {
			for (ProblemDocument.Site site : member.sites()) {
				sites.add(new PlanningSite(site.id(), sites.size()));
				siteDocuments.put(site.id(), site);
			}
		}
		setTravel(problem, sites, siteDocuments);
		Map<String, PlanningSite> sitesById = byId(sites, PlanningSite::getId);

		Map<String, Map<String, Integer>> history = new HashMap<>();
		for (ProblemDocument.History entry : problem.history()) {
			if (entry.minutes() != null && entry.minutes() > 0) {
				history.computeIfAbsent(entry.member(), m -> new HashMap<>()).merge(entry.worker(), entry.minutes(),
						Integer::sum);
			}
		}
		Map<String, List<String>> skillsByWorker = problem.workers().stream()
				.collect(Collectors.toMap(ProblemDocument.Worker::id, ProblemDocument.Worker::skills, (a, b) -> a));
		List<PlanningMember> members = problem.members().stream().map(member -> {
			Map<String, Integer> memberHistory = history.getOrDefault(member.id(), Map.of());
			Set<String> historySkills = memberHistory.keySet().stream()
					.flatMap(workerId -> skillsByWorker.getOrDefault(workerId, List.of()).stream())
					.collect(Collectors.toSet());
			return new PlanningMember(member.id(), Set.copyOf(member.excludedWorkers()), memberHistory, historySkills);
		}).toList();
		Map<String, PlanningMember> membersById = byId(members, PlanningMember::getId);

		List<PlanningWorker> workers = new ArrayList<>();
		for (int w = 0; w < problem.workers().size(); w++) {
			workers.add(toWorker(problem.workers().get(w), "workers[" + w + "]", calendar));
		}
		Map<String, PlanningWorker> workersById = byId(workers, PlanningWorker::getId);

		List<PlanningRequest> requests = new ArrayList<>();
		List<ShiftAssignment> shifts = new ArrayList<>();
		for (int r = 0; r < problem.requests().size(); r++) {
			ProblemDocument.Request request = problem.requests().get(r);
			String field = "requests[" + r + "]";
			PlanningRequest planningRequest = new PlanningRequest(request.id(),
					lookUp(membersById, request.member(), field + ".member"),
					lookUp(sitesById, request.site(), field + ".site"), request.skill(),
					Objects.requireNonNull(request.durationMinutes(), field + ".durationMinutes"),
					intervals(request.windows(), ProblemDocument.Window::start, ProblemDocument.Window::end,
							field + ".windows", calendar),
					request.startStepMinutes(), request.distinctDays(),
					request.priority() == ProblemDocument.Priority.EXTRA, calendar);
			requests.add(planningRequest);
			int count = Objects.requireNonNull(request.count(), field + ".count");
			for (int index = 0; index < count; index++) {
				ShiftAssignment shift = new ShiftAssignment(planningRequest, index);
				if (planningRequest.getAllowedStarts().isEmpty()) {
					// No start fits a window: the shift stays uncovered, pinned so the solver leaves it alone.
					shift.setStart(request.windows().isEmpty()
							? 0
							: minute(request.windows().getFirst().start(), field + ".windows[0].start", calendar));
					shift.setPinned(true);
				}
				shifts.add(shift);
			}
		}
		applyPins(problem, calendar, shifts, workersById);
		setEligibleWorkers(requests, workers, shifts);
		return new WeekPlanSolution(calendar, sites, members, workers, requests, shifts, weights);
	}

	private static void setTravel(ProblemDocument problem, List<PlanningSite> sites,
			Map<String, ProblemDocument.Site> documents) {
		TravelTimes travel = TravelTimes.of(problem);
		for (PlanningSite from : sites) {
			int[] row = new int[sites.size()];
			for (PlanningSite to : sites) {
				row[to.getIndex()] = travel.minutes(documents.get(from.getId()), documents.get(to.getId()));
			}
			from.setTravelMinutes(row);
		}
	}

	private static PlanningWorker toWorker(ProblemDocument.Worker worker, String field, WeekCalendar calendar) {
		int contract = Objects.requireNonNull(worker.contractMinutes(), field + ".contractMinutes");
		return PlanningWorker.builder(worker.id(), contract, calendar)
				.maxMinutes(worker.maxMinutes() == null ? contract : worker.maxMinutes())
				.partTime(Boolean.TRUE.equals(worker.partTime())).skills(Set.copyOf(worker.skills()))
				.preferredMembers(Set.copyOf(worker.preferredMembers()))
				.excludedMembers(Set.copyOf(worker.excludedMembers()))
				.contractMembers(worker.contractMembers() == null ? Set.of() : Set.copyOf(worker.contractMembers()))
				.contractSites(worker.contractSites() == null ? Set.of() : Set.copyOf(worker.contractSites()))
				.availability(availability(worker.availability(), calendar))
				.unavailable(intervals(worker.unavailable(), ProblemDocument.Unavailable::start,
						ProblemDocument.Unavailable::end, field + ".unavailable", calendar))
				.build();
	}

	/**
	 * The weekly pattern laid on each day of the concrete week, the Monday after included: a DST Sunday's 00:00–24:00
	 * is 1,380 or 1,500 minutes. A "to" of midnight ends the day; the worker joins the intervals.
	 */
	private static List<MinuteInterval> availability(List<ProblemDocument.Availability> pattern,
			WeekCalendar calendar) {
		List<MinuteInterval> intervals = new ArrayList<>();
		for (int day = 0; day <= 7; day++) {
			LocalDate date = calendar.weekStart().plusDays(day);
			for (ProblemDocument.Availability slot : pattern) {
				if (slot.day() == date.getDayOfWeek()) {
					int from = calendar.boundaryMinute(date.atTime(slot.from()));
					int to = slot.endsAtMidnight()
							? calendar.dayStart(day + 1)
							: calendar.boundaryMinute(date.atTime(slot.to()));
					intervals.add(new MinuteInterval(from, Math.max(from, to)));
				}
			}
		}
		return intervals;
	}

	private static void applyPins(ProblemDocument problem, WeekCalendar calendar, List<ShiftAssignment> shifts,
			Map<String, PlanningWorker> workersById) {
		Map<String, ShiftAssignment> shiftsById = byId(shifts, ShiftAssignment::getId);
		for (int p = 0; p < problem.pinned().size(); p++) {
			ProblemDocument.Pin pin = problem.pinned().get(p);
			String field = "pinned[" + p + "]";
			ShiftAssignment shift = lookUp(shiftsById,
					new ShiftKey(pin.request(), Objects.requireNonNull(pin.index(), field + ".index")).toString(),
					field + ".request/index");
			shift.setWorker(lookUp(workersById, pin.worker(), field + ".worker"));
			shift.setStart(minute(Objects.requireNonNull(pin.start(), field + ".start"), field + ".start", calendar));
			shift.setPinned(true);
		}
	}

	/**
	 * Marks on each shift of a reopened week the worker and start it was published with, so that the solver pays for
	 * each change. A published shift whose worker is no longer in the problem is left unmarked.
	 *
	 * @param published shifts by request and index, with the worker and start they were published with
	 */
	public static void markPublished(WeekPlanSolution solution, List<PlanDocument.Shift> published) {
		Map<String, PlanningWorker> workers = byId(solution.getWorkers(), PlanningWorker::getId);
		Map<String, ShiftAssignment> shifts = byId(solution.getShifts(), ShiftAssignment::getId);
		for (PlanDocument.Shift shift : published) {
			ShiftAssignment assignment = shifts.get(new ShiftKey(shift.request(), shift.index()).toString());
			PlanningWorker worker = shift.worker() == null ? null : workers.get(shift.worker());
			if (assignment != null && worker != null && shift.start() != null) {
				assignment.setPublished(worker, minuteOf(solution, shift.start()));
			}
		}
	}

	/**
	 * Gives the solver a plan's shifts to improve on (a week's draft, or the plan a what-if copy of the week starts
	 * from), those the problem allows; the others (a worker no longer eligible, gone or on leave, a start outside the
	 * windows now, a request no longer there) are left for the solver to place. Pins are the problem's already.
	 */
	public static void startFrom(WeekPlanSolution start, List<PlanDocument.Shift> plan) {
		Map<String, PlanningWorker> workers = byId(start.getWorkers(), PlanningWorker::getId);
		var shifts = plan.stream().filter(PlanDocument.Shift::covered)
				.collect(Collectors.toMap(s -> new ShiftKey(s.request(), s.index()).toString(), Function.identity()));
		for (var assignment : start.getShifts()) {
			var shift = shifts.get(assignment.getId());
			if (shift == null || assignment.isPinned()) {
				continue;
			}
			var worker = workers.get(shift.worker());
			var minute = minuteOf(start, Objects.requireNonNull(shift.start()));
			var request = assignment.getRequest();
			if (worker != null && request.getEligibleWorkers().contains(worker)
					&& request.getAllowedStarts().contains(minute)
					&& worker.unavailableMinutes(minute, minute + request.getDurationMinutes()) == 0) {
				assignment.setWorker(worker);
				assignment.setStart(minute);
			}
		}
	}

	// Computed once here so that the solver never offers a worker who breaks a hard rule on their own.
	private static void setEligibleWorkers(List<PlanningRequest> requests, List<PlanningWorker> workers,
			List<ShiftAssignment> shifts) {
		Map<PlanningRequest, Set<PlanningWorker>> pinned = new HashMap<>();
		for (ShiftAssignment shift : shifts) {
			if (shift.isPinned() && shift.getWorker() != null) {
				pinned.computeIfAbsent(shift.getRequest(), r -> new LinkedHashSet<>()).add(shift.getWorker());
			}
		}
		for (PlanningRequest request : requests) {
			Set<PlanningWorker> eligible = new LinkedHashSet<>();
			for (PlanningWorker worker : workers) {
				if (isEligible(worker, request)) {
					eligible.add(worker);
				}
			}
			eligible.addAll(pinned.getOrDefault(request, Set.of()));
			request.setEligibleWorkers(new ArrayList<>(eligible));
		}
	}

	// May serve the request at all, and is available at one of its starts at least.
	private static boolean isEligible(PlanningWorker worker, PlanningRequest request) {
		if (!worker.mayServe(request)) {
			return false;
		}
		for (int start : request.getAllowedStarts()) {
			if (worker.unavailableMinutes(start, start + request.getDurationMinutes()) == 0) {
				return true;
			}
		}
		return false;
	}

	/** Elapsed-minute intervals of timed entries (windows, leave); an end before its start is read as empty. */
	private static <T> List<MinuteInterval> intervals(List<T> entries, Function<T, WallTime> start,
			Function<T, WallTime> end, String field, WeekCalendar calendar) {
		List<MinuteInterval> intervals = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			int from = minute(start.apply(entries.get(i)), field + "[" + i + "].start", calendar);
			int to = minute(end.apply(entries.get(i)), field + "[" + i + "].end", calendar);
			intervals.add(new MinuteInterval(from, Math.max(from, to)));
		}
		return intervals;
	}

	private static int minute(WallTime time, String field, WeekCalendar calendar) {
		try {
			return calendar.minuteOf(time.atZone(calendar.zone()));
		} catch (DateTimeException ex) {
			throw new IllegalArgumentException(field + ": " + ex.getMessage(), ex);
		}
	}

	private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> {
			throw new IllegalArgumentException("Duplicate id " + id.apply(a));
		}, LinkedHashMap::new));
	}

	private static <T> T lookUp(Map<String, T> byId, String id, String field) {
		T found = byId.get(id);
		if (found == null) {
			throw new IllegalArgumentException(field + ": unknown id '" + id + "'");
		}
		return found;
	}

	/** The plan, with reasons for uncovered shifts in French (the root bundle) naming workers by id. */
	public PlanDocument toPlan(WeekPlanSolution solution) {
		return toPlan(solution, PlanNames.IDS, Locale.ROOT);
	}

	/** The plan, with reasons for uncovered shifts in the given locale, naming workers and skills by {@code names}. */
	public PlanDocument toPlan(WeekPlanSolution solution, PlanNames names, Locale locale) {
		return toPlan(solution, UncoveredReasons.explain(solution, names), locale);
	}

	/**
	 * The plan without reasons for its uncovered shifts (null): its figures only, for a large group's weeks read many
	 * at a time, as finding the reasons weighs every skilled worker against every uncovered shift.
	 */
	public PlanDocument toPlanWithoutReasons(WeekPlanSolution solution) {
		return toPlan(solution, Map.of(), Locale.ROOT);
	}

	private PlanDocument toPlan(WeekPlanSolution solution, Map<String, PlanningMessage> reasons, Locale locale) {
		WeekCalendar calendar = solution.getCalendar();
		List<PlanDocument.Shift> shifts = solution.getShifts().stream().map(shift -> {
			if (shift.isAssigned()) {
				return new PlanDocument.Shift(shift.getRequest().getId(), shift.getIndex(),
						Objects.requireNonNull(shift.getWorker()).getId(), time(calendar, shift.startMinute()),
						time(calendar, shift.endMinute()), shift.isPinned(), null);
			}
			PlanningMessage reason = reasons.get(shift.getId());
			return new PlanDocument.Shift(shift.getRequest().getId(), shift.getIndex(), null, null, null, null,
					reason == null ? null : reason.render(locale));
		}).toList();
		HardMediumSoftLongScore score = solution.getScore();
		return new PlanDocument(solution.getWeekStart(), score == null ? "" : score.toString(),
				score != null && score.isFeasible(), shifts, workerSummaries(solution), memberSummaries(solution));
	}

	/** How a plan writes an elapsed minute: local time, with its offset when the clocks repeat that time. */
	private static WallTime time(WeekCalendar calendar, int minute) {
		return WallTime.of(calendar.timeOf(minute));
	}

	/**
	 * Elapsed minute of a plan's time in the solution's week.
	 *
	 * @throws IllegalArgumentException when the time does not exist in the week's zone or has an offset it has not
	 */
	public static int minuteOf(WeekPlanSolution solution, WallTime time) {
		return minute(time, "time", solution.getCalendar());
	}

	private static List<PlanDocument.WorkerSummary> workerSummaries(WeekPlanSolution solution) {
		Map<PlanningWorker, List<ShiftAssignment>> shiftsByWorker = solution.getShifts().stream()
				.filter(ShiftAssignment::isAssigned)
				.collect(Collectors.groupingBy(shift -> Objects.requireNonNull(shift.getWorker())));
		return solution.getWorkers().stream().map(worker -> {
			WorkerWeek week = WorkerWeek.of(worker, shiftsByWorker.getOrDefault(worker, List.of()));
			return new PlanDocument.WorkerSummary(worker.getId(), week.workMinutes(), week.travelMinutes(),
					(int) week.memberCount());
		}).toList();
	}

	private static List<PlanDocument.MemberSummary> memberSummaries(WeekPlanSolution solution) {
		Map<PlanningMember, Integer> requested = new HashMap<>();
		Map<PlanningMember, Integer> covered = new HashMap<>();
		for (ShiftAssignment shift : solution.getShifts()) {
			requested.merge(shift.getMember(), shift.getDurationMinutes(), Integer::sum);
			if (shift.isAssigned()) {
				covered.merge(shift.getMember(), shift.getDurationMinutes(), Integer::sum);
			}
		}
		return solution.getMembers().stream().map(member -> new PlanDocument.MemberSummary(member.getId(),
				requested.getOrDefault(member, 0), covered.getOrDefault(member, 0))).toList();
	}

}
