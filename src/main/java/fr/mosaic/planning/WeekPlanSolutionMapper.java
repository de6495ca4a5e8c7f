package fr.mosaic.planning;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
import fr.mosaic.planning.model.MinuteInterval;
import fr.mosaic.planning.model.PlanningMember;
import fr.mosaic.planning.model.PlanningRequest;
import fr.mosaic.planning.model.PlanningSite;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekMinutes;
import fr.mosaic.planning.model.WeekPlanSolution;
import fr.mosaic.planning.solver.ConstraintWeights;
import fr.mosaic.planning.solver.WorkerWeek;

/**
 * Maps a week's {@link ProblemDocument} to the solver model, with the rule weights, and a solved model back to a
 * {@link PlanDocument}. Times become minutes since the week's Monday 00:00 in the group's wall-clock time.
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
	 * @throws IllegalArgumentException naming the field when a reference (site, member, worker, request) is unknown
	 */
	public WeekPlanSolution toSolution(ProblemDocument problem) {
		LocalDateTime weekStart = problem.weekStart().atStartOfDay();
		List<PlanningSite> sites = new ArrayList<>();
		Map<String, ProblemDocument.Site> siteDocuments = new LinkedHashMap<>();
		for (ProblemDocument.Member member : problem.members()) {
			for (ProblemDocument.Site site : member.sites()) {
				sites.add(new PlanningSite(site.id(), member.id(), sites.size()));
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
			return new PlanningMember(member.id(), Set.copyOf(member.excludedWorkers()), memberHistory,
					historySkills);
		}).toList();
		Map<String, PlanningMember> membersById = byId(members, PlanningMember::getId);

		List<PlanningWorker> workers = problem.workers().stream().map(worker -> toWorker(worker, weekStart)).toList();
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
					request.windows().stream()
						.map(window -> new MinuteInterval(minutes(weekStart, window.start()),
								minutes(weekStart, window.end())))
						.toList(),
					request.startStepMinutes(), request.distinctDays(),
					request.priority() == ProblemDocument.Priority.EXTRA);
			requests.add(planningRequest);
			int count = Objects.requireNonNull(request.count(), field + ".count");
			for (int index = 0; index < count; index++) {
				ShiftAssignment shift = new ShiftAssignment(planningRequest, index);
				if (planningRequest.getAllowedStarts().isEmpty()) {
					// No start fits a window: the shift stays uncovered, pinned so the solver leaves it alone.
					shift.setStart(request.windows().isEmpty() ? 0
							: minutes(weekStart, request.windows().getFirst().start()));
					shift.setPinned(true);
				}
				shifts.add(shift);
			}
		}
		applyPins(problem, weekStart, shifts, workersById);
		setEligibleWorkers(requests, workers, shifts);
		return new WeekPlanSolution(problem.weekStart(), sites, members, workers, requests, shifts, weights);
	}

	private static void setTravel(ProblemDocument problem, List<PlanningSite> sites,
			Map<String, ProblemDocument.Site> documents) {
		TravelTimes travel = new TravelTimes(problem.travel().speedKmh(), problem.travel().detourFactor(),
				problem.travelMinutes());
		for (PlanningSite from : sites) {
			ProblemDocument.Site a = documents.get(from.getId());
			int[] row = new int[sites.size()];
			for (PlanningSite to : sites) {
				ProblemDocument.Site b = documents.get(to.getId());
				row[to.getIndex()] = travel.minutes(a.id(), coordinate(a.lat(), a.id()), coordinate(a.lon(), a.id()),
						b.id(), coordinate(b.lat(), b.id()), coordinate(b.lon(), b.id()));
			}
			from.setTravelMinutes(row);
		}
	}

	private static double coordinate(Double value, String siteId) {
		if (value == null) {
			throw new IllegalArgumentException("Site " + siteId + " has no lat/lon");
		}
		return value;
	}

	private static PlanningWorker toWorker(ProblemDocument.Worker worker, LocalDateTime weekStart) {
		int contract = Objects.requireNonNull(worker.contractMinutes(),
				() -> "workers." + worker.id() + ".contractMinutes");
		List<MinuteInterval> availability = new ArrayList<>();
		for (ProblemDocument.Availability slot : worker.availability()) {
			int day = (slot.day().getValue() - 1) * WeekMinutes.DAY;
			int from = slot.from().toSecondOfDay() / 60;
			// "to": "00:00" closes the slot at midnight.
			int to = slot.to().equals(LocalTime.MIDNIGHT) ? WeekMinutes.DAY : slot.to().toSecondOfDay() / 60;
			availability.add(new MinuteInterval(day + from, day + Math.max(from, to)));
		}
		List<MinuteInterval> unavailable = worker.unavailable().stream()
			.map(interval -> new MinuteInterval(minutes(weekStart, interval.start()),
					Math.max(minutes(weekStart, interval.start()), minutes(weekStart, interval.end()))))
			.toList();
		return PlanningWorker.builder(worker.id(), contract)
			.maxMinutes(worker.maxMinutes() == null ? contract : worker.maxMinutes())
			.partTime(Boolean.TRUE.equals(worker.partTime()))
			.skills(Set.copyOf(worker.skills()))
			.preferredMembers(Set.copyOf(worker.preferredMembers()))
			.excludedMembers(Set.copyOf(worker.excludedMembers()))
			.availability(availability)
			.unavailable(unavailable)
			.build();
	}

	private static void applyPins(ProblemDocument problem, LocalDateTime weekStart, List<ShiftAssignment> shifts,
			Map<String, PlanningWorker> workersById) {
		Map<String, ShiftAssignment> shiftsById = byId(shifts, ShiftAssignment::getId);
		for (int p = 0; p < problem.pinned().size(); p++) {
			ProblemDocument.Pin pin = problem.pinned().get(p);
			String field = "pinned[" + p + "]";
			ShiftAssignment shift = lookUp(shiftsById, pin.request() + "#" + pin.index(), field + ".request/index");
			shift.setWorker(lookUp(workersById, pin.worker(), field + ".worker"));
			shift.setStart(minutes(weekStart, Objects.requireNonNull(pin.start(), field + ".start")));
			shift.setPinned(true);
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
				if (mayServe(worker, request)) {
					eligible.add(worker);
				}
			}
			eligible.addAll(pinned.getOrDefault(request, Set.of()));
			request.setEligibleWorkers(new ArrayList<>(eligible));
		}
	}

	private static boolean mayServe(PlanningWorker worker, PlanningRequest request) {
		if (!worker.hasSkill(request.getSkill()) || worker.excludes(request.getMember())
				|| request.getMember().excludes(worker)) {
			return false;
		}
		for (int start : request.getAllowedStarts()) {
			if (worker.unavailableMinutes(start, start + request.getDurationMinutes()) == 0) {
				return true;
			}
		}
		return false;
	}

	private static int minutes(LocalDateTime weekStart, LocalDateTime time) {
		return Math.toIntExact(Duration.between(weekStart, time).toMinutes());
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

	/** The plan, with reasons for uncovered shifts in French (the root bundle). */
	public PlanDocument toPlan(WeekPlanSolution solution) {
		return toPlan(solution, Locale.ROOT);
	}

	/** The plan, with reasons for uncovered shifts in the given locale. */
	public PlanDocument toPlan(WeekPlanSolution solution, Locale locale) {
		LocalDateTime weekStart = solution.getWeekStart().atStartOfDay();
		Map<String, PlanningMessage> reasons = UncoveredReasons.explain(solution);
		List<PlanDocument.Shift> shifts = solution.getShifts().stream().map(shift -> {
			if (shift.isAssigned()) {
				return new PlanDocument.Shift(shift.getRequest().getId(), shift.getIndex(),
						Objects.requireNonNull(shift.getWorker()).getId(), weekStart.plusMinutes(shift.startMinute()),
						weekStart.plusMinutes(shift.endMinute()), shift.isPinned(), null);
			}
			PlanningMessage reason = reasons.get(shift.getId());
			return new PlanDocument.Shift(shift.getRequest().getId(), shift.getIndex(), null, null, null, null,
					reason == null ? null : reason.render(locale));
		}).toList();
		HardMediumSoftLongScore score = solution.getScore();
		return new PlanDocument(solution.getWeekStart(), score == null ? "" : score.toString(),
				score != null && score.isFeasible(), shifts, workerSummaries(solution), memberSummaries(solution));
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
		return solution.getMembers().stream()
			.map(member -> new PlanDocument.MemberSummary(member.getId(), requested.getOrDefault(member, 0),
					covered.getOrDefault(member, 0)))
			.toList();
	}

}
