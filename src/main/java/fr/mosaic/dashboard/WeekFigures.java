package fr.mosaic.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.PlanDocument.MemberSummary;
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
		var requests = problem.requests().stream().collect(Collectors.toMap(Request::id, Function.identity()));
		Map<String, Long> shiftMinutes = new HashMap<>();
		Map<WorkerDay, Set<String>> employers = new HashMap<>();
		for (var shift : plan.shifts()) {
			if (!shift.covered()) {
				continue;
			}
			var request = requests.get(shift.request());
			if (request == null) {
				throw new IllegalArgumentException("shift of unknown request " + shift.request());
			}
			var worker = Objects.requireNonNull(shift.worker());
			shiftMinutes.merge(worker, (long) request.durationMinutes(), Long::sum);
			var day = Objects.requireNonNull(shift.start()).local().toLocalDate();
			employers.computeIfAbsent(new WorkerDay(worker, day), key -> new HashSet<>()).add(request.member());
		}
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
