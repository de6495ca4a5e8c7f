package fr.mosaic.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ShiftKey;
import fr.mosaic.planning.validation.PlanValidator;
import fr.mosaic.planning.validation.Slot;
import fr.mosaic.planning.validation.WorkerRules;

/**
 * How good a plan is, recomputed from the problem and the plan alone (never from the plan's own summaries). Worked
 * minutes include travel within duty periods, as the law counts them.
 *
 * @param requestedMinutes minutes of all shifts of all requests
 * @param coveredMinutes minutes of the shifts the plan covers
 * @param coverage covered over requested, 1 when nothing is requested
 * @param workers workers in the problem
 * @param workersAtContract workers whose worked minutes reach their contract
 * @param contractShortfallMinutes the sum over workers of what they miss to reach their contract
 * @param hardViolations what the validator reports
 */
public record PlanMetrics(long requestedMinutes, long coveredMinutes, double coverage, int workers,
		int workersAtContract, long contractShortfallMinutes, int hardViolations) {

	public static PlanMetrics of(ProblemDocument problem, PlanDocument plan) {
		WorkerRules rules = WorkerRules.of(problem);
		Map<String, Request> requests = new HashMap<>();
		problem.requests().forEach(r -> requests.putIfAbsent(r.id(), r));
		long requested = problem.requests().stream().mapToLong(r -> (long) r.count() * r.durationMinutes()).sum();
		long covered = 0;
		Set<ShiftKey> counted = new HashSet<>();
		Map<String, List<Slot>> weeks = new HashMap<>();
		for (PlanDocument.Shift shift : plan.shifts()) {
			Request request = requests.get(shift.request());
			String worker = shift.worker();
			if (request == null || worker == null || shift.start() == null || shift.index() < 0
					|| shift.index() >= request.count() || !counted.add(new ShiftKey(shift.request(), shift.index()))) {
				continue;
			}
			covered += request.durationMinutes();
			weeks.computeIfAbsent(worker, w -> new ArrayList<>())
					.add(rules.slot(request, shift.index(), rules.minute(shift.start())));
		}
		int atContract = 0;
		long shortfall = 0;
		for (ProblemDocument.Worker worker : problem.workers()) {
			List<Slot> week = weeks.getOrDefault(worker.id(), new ArrayList<>());
			week.sort(Slot.BY_TIME);
			int worked = rules.work(week).workedMinutes();
			int contract = worker.contractMinutes() == null ? 0 : worker.contractMinutes();
			atContract += worked >= contract ? 1 : 0;
			shortfall += Math.max(0, contract - worked);
		}
		double coverage = requested == 0 ? 1 : (double) covered / requested;
		int violations = new PlanValidator().validate(problem, plan).size();
		return new PlanMetrics(requested, covered, coverage, problem.workers().size(), atContract, shortfall,
				violations);
	}

}
