package fr.mosaic.consolidation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.mosaic.interchange.ProblemDocument;

/**
 * The contract amendments that pay (Code du travail L1253-9: a group worker is placed only with the members their
 * contract lists): for each worker whose contract lists members, the members it leaves out whose unmet requests need
 * that worker's skill are candidates, the most unmet minutes first; each of the first candidates is verified by solving
 * the week's copy with the member added to the contract, from the week's plan.
 */
public final class Amendments {

	private Amendments() {
	}

	/**
	 * @param candidates how many amendments to verify by solving at most
	 * @return the amendments that cover more minutes than the control, the most first
	 */
	public static Result of(SolvedWeek week, int candidates, WhatIfSolve solve, Progress progress) {
		var chosen = candidates(week).stream().limit(candidates).toList();
		List<Suggestion> suggestions = new ArrayList<>();
		if (chosen.isEmpty()) {
			return new Result(week.coveredMinutes(), 0, suggestions);
		}
		int done = 1;
		var control = week.control(solve);
		progress.solved(done, chosen.size() + 1);
		for (var candidate : chosen) {
			var copy = WeekCopies.withContractMember(week.problem(), candidate.workerId(), candidate.memberId());
			var after = week.whatIf(copy, solve);
			long gained = after.coveredMinutes() - control.coveredMinutes();
			if (gained > 0) {
				var requests = after.requests();
				var shifts = after.placed().stream().filter(shift -> shift.worker().equals(candidate.workerId())
						&& requests.get(shift.request()).member().equals(candidate.memberId())).toList();
				suggestions.add(new Suggestion(candidate.workerId(), week.workerName(candidate.workerId()),
						candidate.memberId(), week.memberName(candidate.memberId()), gained, after.coveredMinutes(),
						shifts, after.placed()));
			}
			progress.solved(++done, chosen.size() + 1);
		}
		suggestions.sort(Comparator.comparingLong(Suggestion::gainedMinutes).reversed()
				.thenComparing(Suggestion::worker).thenComparing(Suggestion::member));
		return new Result(week.coveredMinutes(), chosen.size(), suggestions);
	}

	/**
	 * The (worker, member) pairs an amendment could help, with the unmet minutes of the member's requests needing one
	 * of the worker's skills, the most first; none for a worker whose contract lists no members (they go anywhere) or
	 * an exclusion either way.
	 */
	static List<Candidate> candidates(SolvedWeek week) {
		var requests = week.requests();
		Map<String, ProblemDocument.Member> members = new HashMap<>();
		week.problem().members().forEach(member -> members.put(member.id(), member));
		List<Candidate> candidates = new ArrayList<>();
		for (var worker : week.problem().workers()) {
			if (worker.contractMembers() == null) {
				continue;
			}
			Map<String, Long> unmet = new HashMap<>();
			for (var shift : week.uncovered()) {
				var request = requests.get(shift.request());
				var member = members.get(request.member());
				if (!worker.contractAllows(request.member()) && worker.skills().contains(request.skill())
						&& !worker.excludedMembers().contains(request.member())
						&& !member.excludedWorkers().contains(worker.id())) {
					unmet.merge(request.member(), (long) request.durationMinutes(), Long::sum);
				}
			}
			unmet.forEach((member, minutes) -> candidates.add(new Candidate(worker.id(), member, minutes)));
		}
		candidates.sort(Comparator.comparingLong(Candidate::unmetMinutes).reversed().thenComparing(Candidate::workerId)
				.thenComparing(Candidate::memberId));
		return candidates;
	}

	/** A contract amendment worth solving for: the unmet minutes it might cover at most. */
	record Candidate(String workerId, String memberId, long unmetMinutes) {
	}

	/**
	 * An amendment verified by solving.
	 *
	 * @param gainedMinutes minutes its copy covers more than the control
	 * @param coveredMinutes all the minutes its copy covers
	 * @param shifts the worker's shifts with the member in that copy: the plan that shows it
	 * @param plan every covered shift of that copy
	 */
	public record Suggestion(String workerId, String worker, String memberId, String member, long gainedMinutes,
			long coveredMinutes, List<SolvedWeek.Placed> shifts, List<SolvedWeek.Placed> plan) {
	}

	/**
	 * @param coveredMinutes the minutes the week's plan covers
	 * @param verified how many amendments were solved for
	 */
	public record Result(long coveredMinutes, int verified, List<Suggestion> suggestions) {
	}

}
