package fr.mosaic.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import fr.mosaic.base.LabourLaw;
import fr.mosaic.planning.model.PlanningRequest;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;
import fr.mosaic.planning.solver.WorkerWeek;

/**
 * Says why each uncovered shift has no worker, in terms a coordinator understands: nobody has the skill, or, for each
 * worker who has it, the hard rule that stops them at every allowed start: an exclusion, a contract that does not name
 * the member or the place of work (Code du travail L1253-9), leave, availability or the working-time rules.
 */
public final class UncoveredReasons {

	/** Hard rules that can stop a worker, in the order a coordinator checks them. */
	public enum Block {

		EXCLUDED, OUTSIDE_CONTRACT, PLACE_OUTSIDE_CONTRACT, ON_LEAVE, OUTSIDE_AVAILABILITY, OVERLAP, DAILY_WORK, WEEKLY_MAXIMUM, DUTY_PERIOD, WEEKLY_REST, WORKING_DAYS, BREAK, PART_TIME_INTERRUPTION, DISTINCT_DAYS;

		String key() {
			return "planning.block." + switch (this) {
				case EXCLUDED -> "excluded";
				case OUTSIDE_CONTRACT -> "outsideContract";
				case PLACE_OUTSIDE_CONTRACT -> "placeOutsideContract";
				case ON_LEAVE -> "onLeave";
				case OUTSIDE_AVAILABILITY -> "outsideAvailability";
				case OVERLAP -> "overlap";
				case DAILY_WORK -> "dailyWork";
				case WEEKLY_MAXIMUM -> "weeklyMaximum";
				case DUTY_PERIOD -> "dutyPeriod";
				case WEEKLY_REST -> "weeklyRest";
				case WORKING_DAYS -> "workingDays";
				case BREAK -> "break";
				case PART_TIME_INTERRUPTION -> "partTimeInterruption";
				case DISTINCT_DAYS -> "distinctDays";
			};
		}

	}

	/** The rules read on a worker's whole week, in the order of {@link #breaches}. */
	private static final List<Block> WEEK_RULES = List.of(Block.OVERLAP, Block.DAILY_WORK, Block.WEEKLY_MAXIMUM,
			Block.DUTY_PERIOD, Block.WEEKLY_REST, Block.WORKING_DAYS, Block.BREAK, Block.PART_TIME_INTERRUPTION);

	/** Workers named in one part of a reason; the others are counted. */
	static final int NAMES_SHOWN = 3;

	private UncoveredReasons() {
	}

	/** A reason for every uncovered shift, by shift id, naming workers and skills by {@code names}. */
	public static Map<String, PlanningMessage> explain(WeekPlanSolution solution, PlanNames names) {
		Map<PlanningWorker, List<ShiftAssignment>> shiftsByWorker = solution.getShifts().stream()
				.filter(ShiftAssignment::isAssigned)
				.collect(Collectors.groupingBy(shift -> Objects.requireNonNull(shift.getWorker())));
		Map<String, PlanningMessage> reasons = new LinkedHashMap<>();
		// The uncovered shifts of one request meet the same workers, starts and taken days: one reason serves them all.
		Map<PlanningRequest, PlanningMessage> byRequest = new HashMap<>();
		for (ShiftAssignment shift : solution.getShifts()) {
			if (shift.getWorker() == null) {
				reasons.put(shift.getId(), byRequest.computeIfAbsent(shift.getRequest(),
						request -> explain(shift, solution, names, shiftsByWorker)));
			}
		}
		return reasons;
	}

	private static PlanningMessage explain(ShiftAssignment shift, WeekPlanSolution solution, PlanNames names,
			Map<PlanningWorker, List<ShiftAssignment>> shiftsByWorker) {
		PlanningRequest request = shift.getRequest();
		if (request.getAllowedStarts().isEmpty()) {
			return PlanningMessage.of("planning.reason.noFittingStart",
					Duration.ofMinutes(request.getDurationMinutes()));
		}
		String skill = names.skill(request.getSkill());
		List<PlanningWorker> skilled = solution.getWorkers().stream()
				.filter(worker -> worker.hasSkill(request.getSkill())).toList();
		if (skilled.isEmpty()) {
			return PlanningMessage.of("planning.reason.noSkill", skill);
		}
		List<String> free = new ArrayList<>();
		// Workers grouped by what stops them, in the order they first appear: one line per rule, not per worker.
		Map<Block, List<String>> blockedBy = new LinkedHashMap<>();
		Set<Integer> takenDays = takenDays(shift, solution.getShifts());
		for (PlanningWorker worker : skilled) {
			Block block = blockOf(worker, shift, takenDays, shiftsByWorker.getOrDefault(worker, List.of()));
			if (block == null) {
				free.add(names.worker(worker.getId()));
			} else {
				blockedBy.computeIfAbsent(block, b -> new ArrayList<>()).add(names.worker(worker.getId()));
			}
		}
		if (!free.isEmpty()) {
			return PlanningMessage.of("planning.reason.notChosen", names(free), free.size());
		}
		List<PlanningMessage> blocked = blockedBy.entrySet().stream()
				.map(entry -> PlanningMessage.of("planning.reason.workerBlocked", names(entry.getValue()),
						PlanningMessage.of(entry.getKey().key(), LabourLaw.messageArguments())))
				.toList();
		return new PlanningMessage("planning.reason.allBlocked", List.of(skill, blocked));
	}

	// A few names and a count keep a reason readable, and within the stored column, however large the group.
	private static Object names(List<String> workers) {
		if (workers.size() <= NAMES_SHOWN) {
			return String.join(", ", workers);
		}
		return PlanningMessage.of("planning.reason.andOthers", String.join(", ", workers.subList(0, NAMES_SHOWN)),
				workers.size() - NAMES_SHOWN);
	}

	// Days the request's other covered shifts start on, found once per shift rather than at every worker and start.
	private static Set<Integer> takenDays(ShiftAssignment shift, List<ShiftAssignment> shifts) {
		return shift.getRequest().isDistinctDays()
				? shifts.stream()
						.filter(other -> other.getRequest().equals(shift.getRequest()) && other.isAssigned()
								&& !other.equals(shift))
						.map(ShiftAssignment::startDay).collect(Collectors.toSet())
				: Set.of();
	}

	private static @Nullable Block blockOf(PlanningWorker worker, ShiftAssignment shift, Set<Integer> takenDays,
			List<ShiftAssignment> workerShifts) {
		if (shift.getMember().excludes(worker) || worker.excludes(shift.getMember())) {
			return Block.EXCLUDED;
		}
		if (!worker.contractAllows(shift.getMember())) {
			return Block.OUTSIDE_CONTRACT;
		}
		if (!worker.contractAllowsSite(shift.getSite())) {
			return Block.PLACE_OUTSIDE_CONTRACT;
		}
		WorkerWeek before = WorkerWeek.of(worker, workerShifts);
		long[] breachesBefore = breaches(before);
		Map<Block, Integer> counts = new EnumMap<>(Block.class);
		for (int start : shift.getRequest().getAllowedStarts()) {
			List<Block> blocks = blocksAt(worker, shift, start, before, breachesBefore, takenDays);
			if (blocks.isEmpty()) {
				return null;
			}
			blocks.forEach(block -> counts.merge(block, 1, Integer::sum));
		}
		return counts.entrySet().stream().max(Comparator.<Map.Entry<Block, Integer>>comparingInt(Map.Entry::getValue)
				.thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
	}

	private static List<Block> blocksAt(PlanningWorker worker, ShiftAssignment shift, int start, WorkerWeek before,
			long[] breachesBefore, Set<Integer> takenDays) {
		int end = start + shift.getDurationMinutes();
		List<Block> blocks = new ArrayList<>();
		if (worker.leaveMinutes(start, end) > 0) {
			blocks.add(Block.ON_LEAVE);
		} else if (worker.unavailableMinutes(start, end) > 0) {
			blocks.add(Block.OUTSIDE_AVAILABILITY);
		}
		List<WorkerWeek.Slot> slots = new ArrayList<>(before.slots());
		slots.add(WorkerWeek.Slot.at(shift, start));
		long[] breachesAfter = breaches(WorkerWeek.ofSlots(worker, slots));
		for (int i = 0; i < WEEK_RULES.size(); i++) {
			if (breachesAfter[i] > breachesBefore[i]) {
				blocks.add(WEEK_RULES.get(i));
			}
		}
		if (shift.getRequest().isDistinctDays() && takenDays.contains(shift.getRequest().getCalendar().dayOf(start))) {
			blocks.add(Block.DISTINCT_DAYS);
		}
		return blocks;
	}

	/** How far a week breaks each of {@link #WEEK_RULES}, in minutes (days for working days). */
	private static long[] breaches(WorkerWeek week) {
		return new long[] { total(week.overlaps()), total(week.dailyWorkExcess()), week.weeklyExcess(),
				total(week.dutyPeriodExcess()), week.weeklyRestShortfall(), week.workOnExtraDays(),
				total(week.stretchExcess()), total(week.interruptionExcess()) };
	}

	private static long total(List<WorkerWeek.Breach> breaches) {
		return breaches.stream().mapToLong(WorkerWeek.Breach::minutes).sum();
	}

}
