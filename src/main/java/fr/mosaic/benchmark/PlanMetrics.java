package fr.mosaic.benchmark;

import static fr.mosaic.base.LabourLaw.DAILY_REST_MINUTES;

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
 * @param members what members live with: continuity, uncovered shares, employers a day, travel and idle time
 */
public record PlanMetrics(long requestedMinutes, long coveredMinutes, double coverage, int workers,
		int workersAtContract, long contractShortfallMinutes, int hardViolations, MemberFigures members) {

	/**
	 * @param continuityShare covered minutes given to a worker with history at the member, over covered minutes (1 when
	 *        nothing is covered)
	 * @param worstUncoveredShare the largest uncovered share of a member's requested minutes
	 * @param uncoveredShareSpread standard deviation of the members' uncovered shares
	 * @param membersWithNothing members that requested minutes and got none
	 * @param employersPerWorkerDay distinct members per day a worker starts a shift, averaged over those days
	 * @param travelMinutes travel between shifts of a duty period, summed over workers
	 * @param idleMinutes unpaid minutes between shifts of a duty period (gap minus travel), summed over workers
	 */
	public record MemberFigures(double continuityShare, double worstUncoveredShare, double uncoveredShareSpread,
			int membersWithNothing, double employersPerWorkerDay, long travelMinutes, long idleMinutes) {
	}

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
		long travel = 0;
		long idle = 0;
		long workerDays = 0;
		long employerDays = 0;
		for (ProblemDocument.Worker worker : problem.workers()) {
			List<Slot> week = weeks.getOrDefault(worker.id(), new ArrayList<>());
			week.sort(Slot.BY_TIME);
			WorkerRules.Work work = rules.work(week);
			int worked = work.workedMinutes();
			int contract = worker.contractMinutes() == null ? 0 : worker.contractMinutes();
			atContract += worked >= contract ? 1 : 0;
			shortfall += Math.max(0, contract - worked);
			travel += work.travelMinutes();
			idle += idleMinutes(rules, week);
			Map<Integer, Set<String>> employers = new HashMap<>();
			week.forEach(slot -> employers.computeIfAbsent(rules.day(slot.start()), d -> new HashSet<>())
					.add(slot.request().member()));
			workerDays += employers.size();
			employerDays += employers.values().stream().mapToInt(Set::size).sum();
		}
		double coverage = requested == 0 ? 1 : (double) covered / requested;
		int violations = new PlanValidator().validate(problem, plan).size();
		MemberFigures members = memberFigures(problem, weeks, covered,
				workerDays == 0 ? 0 : (double) employerDays / workerDays, travel, idle);
		return new PlanMetrics(requested, covered, coverage, problem.workers().size(), atContract, shortfall,
				violations, members);
	}

	private static MemberFigures memberFigures(ProblemDocument problem, Map<String, List<Slot>> weeks, long covered,
			double employersPerWorkerDay, long travel, long idle) {
		Set<String> history = new HashSet<>();
		problem.history().forEach(h -> history.add(h.worker() + "/" + h.member()));
		Map<String, long[]> byMember = new HashMap<>();
		problem.requests().forEach(r -> byMember.computeIfAbsent(r.member(), m -> new long[2])[0] += (long) r.count()
				* r.durationMinutes());
		long continued = 0;
		for (Map.Entry<String, List<Slot>> week : weeks.entrySet()) {
			for (Slot slot : week.getValue()) {
				String member = slot.request().member();
				byMember.get(member)[1] += slot.minutes();
				continued += history.contains(week.getKey() + "/" + member) ? slot.minutes() : 0;
			}
		}
		double worst = 0;
		double sum = 0;
		double squares = 0;
		int asking = 0;
		int nothing = 0;
		for (long[] m : byMember.values()) {
			if (m[0] == 0) {
				continue;
			}
			double share = 1 - (double) m[1] / m[0];
			worst = Math.max(worst, share);
			sum += share;
			squares += share * share;
			asking++;
			nothing += m[1] == 0 ? 1 : 0;
		}
		double mean = asking == 0 ? 0 : sum / asking;
		double spread = asking == 0 ? 0 : Math.sqrt(Math.max(0, squares / asking - mean * mean));
		return new MemberFigures(covered == 0 ? 1 : (double) continued / covered, worst, spread, nothing,
				employersPerWorkerDay, travel, idle);
	}

	// idle minutes between the shifts of each duty period (split at 11 h of rest), travel excluded
	private static long idleMinutes(WorkerRules rules, List<Slot> sorted) {
		long idle = 0;
		int latestEnd = Integer.MIN_VALUE;
		Slot previous = null;
		for (Slot slot : sorted) {
			if (previous != null && slot.start() - latestEnd < DAILY_REST_MINUTES) {
				idle += Math.max(0, slot.start() - latestEnd - rules.travel().minutes(previous.site(), slot.site()));
			}
			latestEnd = Math.max(latestEnd, slot.end());
			previous = slot;
		}
		return idle;
	}

}
