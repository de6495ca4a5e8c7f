package fr.mosaic.consolidation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.mosaic.interchange.ProblemDocument;

/**
 * The contract amendments that pay (Code du travail L1253-9: a group worker is placed only with the members their
 * contract lists): for each worker whose contract lists members, the members it leaves out whose unmet requests need
 * that worker's skill are candidates, the most unmet minutes of the weeks analysed first; each of the first candidates
 * is verified by solving each week's copy with the member added to the contract, from that week's plan.
 */
public final class Amendments {

	private static final Comparator<Candidate> BY_UNMET = Comparator.comparingLong(Candidate::unmetMinutes).reversed()
			.thenComparing(Candidate::workerId).thenComparing(Candidate::memberId);

	private Amendments() {
	}

	/**
	 * Chooses the candidates from the unmet minutes of all the weeks together, then verifies each by solving its copy
	 * of every week; a suggestion's gain is summed over the weeks.
	 *
	 * @param candidates how many amendments to verify by solving at most
	 * @return the amendments that cover more minutes over the weeks than the controls, the most first
	 */
	public static Result of(SolvedWeeks weeks, int candidates, WhatIfSolve solve, Progress progress) {
		var chosen = candidates(weeks).stream().limit(candidates).toList();
		var perWeek = chosen.isEmpty()
				? List.<List<SuggestionWeek>>of()
				: weeks.each(progress, (week, weekProgress) -> verify(week, chosen, solve, weekProgress));
		List<Suggestion> suggestions = new ArrayList<>();
		var last = weeks.last();
		for (int i = 0; i < chosen.size(); i++) {
			int candidate = i;
			var verified = perWeek.stream().map(week -> week.get(candidate)).toList();
			long gained = verified.stream().mapToLong(SuggestionWeek::gainedMinutes).sum();
			if (gained > 0) {
				var pair = chosen.get(i);
				suggestions.add(new Suggestion(pair.workerId(), last.workerName(pair.workerId()), pair.memberId(),
						last.memberName(pair.memberId()), gained,
						verified.stream().mapToLong(SuggestionWeek::coveredMinutes).sum(),
						verified.stream().flatMap(week -> week.shifts().stream()).toList(), verified));
			}
		}
		suggestions.sort(Comparator.comparingLong(Suggestion::gainedMinutes).reversed()
				.thenComparing(Suggestion::worker).thenComparing(Suggestion::member));
		// the reference every gain is measured against: the weeks re-solved without an amendment for the same time
		long reference = perWeek.isEmpty()
				? weeks.coveredMinutes()
				: perWeek.stream().mapToLong(week -> week.getFirst().coveredMinutes() - week.getFirst().gainedMinutes())
						.sum();
		return new Result(reference, chosen.size(), suggestions, weeks.starts());
	}

	// the week's control, then each candidate's copy of the week, solved from the week's plan
	private static List<SuggestionWeek> verify(SolvedWeek week, List<Candidate> chosen, WhatIfSolve solve,
			Progress progress) {
		int done = 1;
		var control = week.control(solve);
		progress.solved(done, chosen.size() + 1);
		List<SuggestionWeek> verified = new ArrayList<>();
		for (var candidate : chosen) {
			var copy = WeekCopies.withContractMember(week.problem(), candidate.workerId(), candidate.memberId());
			var after = week.whatIf(copy, solve);
			var requests = after.requests();
			var shifts = after.placed().stream().filter(shift -> shift.worker().equals(candidate.workerId())
					&& requests.get(shift.request()).member().equals(candidate.memberId())).toList();
			verified.add(new SuggestionWeek(week.problem().weekStart(),
					after.coveredMinutes() - control.coveredMinutes(), after.coveredMinutes(), shifts, after.placed()));
			progress.solved(++done, chosen.size() + 1);
		}
		return verified;
	}

	/**
	 * The (worker, member) pairs an amendment could help over the weeks, with the unmet minutes of the member's
	 * requests needing one of the worker's skills summed over the weeks, the most first.
	 */
	static List<Candidate> candidates(SolvedWeeks weeks) {
		Map<List<String>, Long> unmet = new HashMap<>();
		for (var week : weeks.weeks()) {
			candidates(week).forEach(candidate -> unmet.merge(List.of(candidate.workerId(), candidate.memberId()),
					candidate.unmetMinutes(), Long::sum));
		}
		List<Candidate> candidates = new ArrayList<>();
		unmet.forEach((pair, minutes) -> candidates.add(new Candidate(pair.get(0), pair.get(1), minutes)));
		candidates.sort(BY_UNMET);
		return candidates;
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
		candidates.sort(BY_UNMET);
		return candidates;
	}

	/** A contract amendment worth solving for: the unmet minutes it might cover at most. */
	record Candidate(String workerId, String memberId, long unmetMinutes) {
	}

	/**
	 * An amendment verified by solving, over the weeks analysed.
	 *
	 * @param gainedMinutes minutes its copies cover more than the controls, summed over the weeks
	 * @param coveredMinutes all the minutes its copies cover, summed over the weeks
	 * @param shifts the worker's shifts with the member in those copies: the plans that show it
	 * @param perWeek the same week by week, oldest first, each with its copy's plan (empty in an analysis stored before
	 *        it was kept, whose one plan is not read back)
	 */
	public record Suggestion(String workerId, String worker, String memberId, String member, long gainedMinutes,
			long coveredMinutes, List<SolvedWeek.Placed> shifts, List<SuggestionWeek> perWeek) {

		public Suggestion {
			perWeek = perWeek == null ? List.of() : perWeek;
		}

	}

	/**
	 * An amendment's copy of one week.
	 *
	 * @param gainedMinutes minutes the copy covers more than the week's control, negative when it covers fewer
	 * @param coveredMinutes all the minutes the copy covers
	 * @param shifts the worker's shifts with the member in that copy
	 * @param plan every covered shift of that copy
	 */
	public record SuggestionWeek(LocalDate weekStart, long gainedMinutes, long coveredMinutes,
			List<SolvedWeek.Placed> shifts, List<SolvedWeek.Placed> plan) {
	}

	/**
	 * @param coveredMinutes the reference each suggestion's gain is measured against: the minutes the weeks' controls
	 *        cover (the weeks re-solved from their plans without an amendment, for a copy's time), so that it plus a
	 *        suggestion's gain is the suggestion's coverage; the plans' own when no amendment was verified
	 * @param verified how many amendments were solved for
	 * @param weeks the weeks analysed, see {@link WhatIfResult#weeks()}
	 */
	public record Result(long coveredMinutes, int verified, List<Suggestion> suggestions,
			List<LocalDate> weeks) implements WhatIfResult {

		public Result {
			weeks = weeks == null ? List.of() : weeks;
		}

	}

}
