package fr.mosaic.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.PlanDocument.MemberSummary;
import fr.mosaic.interchange.PlanDocument.Shift;
import fr.mosaic.interchange.PlanDocument.WorkerSummary;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Request;

/**
 * One week's plan in the coordinator's figures. Durations are elapsed minutes. A shift's minutes are its request's
 * duration, billed to the request's member; the travel between shifts is work the group pays (it counts in the worked
 * minutes, as the solver and the plan's worker summaries count it) and bills to no member.
 *
 * @param requestedMinutes minutes of all the week's requested shifts
 * @param coveredMinutes of those, the minutes the plan gives a worker
 * @param workers workers of the week's problem, with or without shifts
 * @param workersAtContract workers whose shifts at members add up to their contract or more
 * @param unbilledContractMinutes contracted minutes billed to no member: the sum over workers of what their shifts at
 *        members fall short of their contract, {@code max(0, contract - shift minutes)}; travel and idle time are in it
 * @param overtimeMinutes the sum over workers of {@code max(0, worked - contract)}, worked minutes including travel
 * @param employersPerWorkerDay the mean, over the days a worker has a shift, of the distinct members they work for that
 *        day (a shift counts on the day it starts); 0 when no one works
 * @param travelMinutes the workers' travel between shifts, summed
 */
public record WeekFigures(long requestedMinutes, long coveredMinutes, int workers, int workersAtContract,
		long unbilledContractMinutes, long overtimeMinutes, double employersPerWorkerDay, long travelMinutes) {

	/**
	 * @throws IllegalArgumentException when a covered shift of the plan names a request the problem lacks
	 */
	public static WeekFigures of(ProblemDocument problem, PlanDocument plan) {
		var shiftMinutes = shiftMinutesByWorker(problem, plan);
		Map<WorkerDay, Set<String>> employers = new HashMap<>();
		forEachCovered(problem, plan, (shift, request) -> {
			var day = Objects.requireNonNull(shift.start()).local().toLocalDate();
			employers
					.computeIfAbsent(new WorkerDay(Objects.requireNonNull(shift.worker()), day), key -> new HashSet<>())
					.add(request.member());
		});
		var worked = plan.workers().stream().collect(Collectors.toMap(WorkerSummary::id, WorkerSummary::workedMinutes));
		int atContract = 0;
		long unbilled = 0;
		long overtime = 0;
		for (var worker : problem.workers()) {
			long contract = worker.contractMinutes();
			long billed = shiftMinutes.getOrDefault(worker.id(), 0L);
			atContract += billed >= contract ? 1 : 0;
			unbilled += Math.max(0, contract - billed);
			overtime += Math.max(0, worked.getOrDefault(worker.id(), 0) - contract);
		}
		return new WeekFigures(plan.members().stream().mapToLong(MemberSummary::requestedMinutes).sum(),
				plan.members().stream().mapToLong(MemberSummary::coveredMinutes).sum(), problem.workers().size(),
				atContract, unbilled, overtime, employers.values().stream().mapToInt(Set::size).average().orElse(0),
				plan.workers().stream().mapToLong(WorkerSummary::travelMinutes).sum());
	}

	/**
	 * Each covered shift of the plan with its request.
	 *
	 * @throws IllegalArgumentException when a covered shift names a request the problem lacks
	 */
	static void forEachCovered(ProblemDocument problem, PlanDocument plan, BiConsumer<Shift, Request> action) {
		var requests = problem.requests().stream().collect(Collectors.toMap(Request::id, Function.identity()));
		for (var shift : plan.shifts()) {
			if (!shift.covered()) {
				continue;
			}
			var request = requests.get(shift.request());
			if (request == null) {
				throw new IllegalArgumentException("shift of unknown request " + shift.request());
			}
			action.accept(shift, request);
		}
	}

	/** The minutes of each worker's covered shifts, billed to members: travel and idle time not included. */
	static Map<String, Long> shiftMinutesByWorker(ProblemDocument problem, PlanDocument plan) {
		Map<String, Long> minutes = new HashMap<>();
		forEachCovered(problem, plan, (shift, request) -> minutes.merge(Objects.requireNonNull(shift.worker()),
				(long) request.durationMinutes(), Long::sum));
		return minutes;
	}

	/** Covered over requested minutes, from 0 to 1; 1 when nothing is requested. */
	public double coverage() {
		return requestedMinutes == 0 ? 1 : (double) coveredMinutes / requestedMinutes;
	}

	/** Workers at contract over all workers, from 0 to 1; 1 when there are none. */
	public double shareAtContract() {
		return workers == 0 ? 1 : (double) workersAtContract / workers;
	}

	private record WorkerDay(String worker, LocalDate day) {
	}

}
