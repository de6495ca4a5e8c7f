package fr.mosaic.consolidation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;

/**
 * A week's problem with one plan of it, and the figures the what-ifs compare, in minutes (elapsed): a shift lasts its
 * request's duration.
 */
public record SolvedWeek(ProblemDocument problem, PlanDocument plan) {

	public Map<String, ProblemDocument.Request> requests() {
		return problem.requests().stream().collect(Collectors.toMap(ProblemDocument.Request::id, Function.identity()));
	}

	public int minutes(PlanDocument.Shift shift) {
		var request = requests().get(shift.request());
		return request == null ? 0 : request.durationMinutes();
	}

	public List<PlanDocument.Shift> covered() {
		return plan.shifts().stream().filter(PlanDocument.Shift::covered).toList();
	}

	public List<PlanDocument.Shift> uncovered() {
		return plan.shifts().stream().filter(shift -> !shift.covered()).toList();
	}

	public long coveredMinutes() {
		var requests = requests();
		return covered().stream().mapToLong(shift -> requests.get(shift.request()).durationMinutes()).sum();
	}

	/** Planned minutes by worker id, of every worker of the problem (zero for one without shifts). */
	public Map<String, Long> workedMinutes() {
		var requests = requests();
		Map<String, Long> worked = new TreeMap<>();
		problem.workers().forEach(worker -> worked.put(worker.id(), 0L));
		covered().forEach(shift -> worked.merge(shift.worker(), (long) requests.get(shift.request()).durationMinutes(),
				Long::sum));
		return worked;
	}

	/** Covered minutes by member id. */
	public Map<String, Long> coveredByMember() {
		var requests = requests();
		return covered().stream().map(shift -> requests.get(shift.request()))
				.collect(Collectors.groupingBy(ProblemDocument.Request::member, TreeMap::new,
						Collectors.summingLong(ProblemDocument.Request::durationMinutes)));
	}

	public String workerName(String id) {
		return problem.workers().stream().filter(worker -> worker.id().equals(id)).map(ProblemDocument.Worker::name)
				.findFirst().orElse(id);
	}

	public String memberName(String id) {
		return problem.members().stream().filter(member -> member.id().equals(id)).map(ProblemDocument.Member::name)
				.findFirst().orElse(id);
	}

	public String skillName(String id) {
		return problem.skills().stream().filter(skill -> skill.id().equals(id)).map(ProblemDocument.Skill::name)
				.findFirst().orElse(id);
	}

	/**
	 * The week itself solved again from its plan for a what-if's time: what the what-ifs are weighed against, so that a
	 * gain is the change's and not the solver's extra seconds on a plan it had not finished improving.
	 */
	public SolvedWeek control(WhatIfSolve solve) {
		return whatIf(problem, solve);
	}

	/** The what-if copy solved from this week's plan. */
	public SolvedWeek whatIf(ProblemDocument copy, WhatIfSolve solve) {
		return new SolvedWeek(copy, solve.solve(copy, plan.shifts()));
	}

	/** One planned shift kept in a stored result, its start as the interchange format writes it. */
	public record Placed(String request, int index, String worker, String start, int minutes) {
	}

	public List<Placed> placed() {
		var requests = requests();
		return covered().stream().map(shift -> new Placed(shift.request(), shift.index(), shift.worker(),
				String.valueOf(shift.start()), requests.get(shift.request()).durationMinutes())).toList();
	}

}
