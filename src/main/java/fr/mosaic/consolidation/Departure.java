package fr.mosaic.consolidation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a member's departure, or a cut of its requests, costs: the week's copy without those shifts is solved from the
 * week's plan; each worker's minutes with that member in the plan, their minutes before (the week solved again for as
 * long, its control) and after, who falls below their contract, and which other members' requests the solver fills with
 * the time set free.
 */
public final class Departure {

	private Departure() {
	}

	/**
	 * @param percent the share of the member's requested shifts that goes, 1 to 100 (100: the member leaves)
	 * @throws IllegalArgumentException when the member is not in the week or the share is out of range
	 */
	public static Result of(SolvedWeek week, String memberId, int percent, WhatIfSolve solve, Progress progress) {
		if (percent < 1 || percent > 100
				|| week.problem().members().stream().noneMatch(member -> member.id().equals(memberId))) {
			throw new IllegalArgumentException("%d%% of member %s".formatted(percent, memberId));
		}
		var control = week.control(solve);
		progress.solved(1, 2);
		var copy = WeekCopies.withRequestsCut(week.problem(), memberId, percent);
		var after = week.whatIf(copy, solve);
		progress.solved(2, 2);
		var requests = week.requests();
		Map<String, Long> fromMember = new HashMap<>();
		Map<String, Long> dropped = new HashMap<>();
		for (var shift : week.covered()) {
			var request = requests.get(shift.request());
			if (request.member().equals(memberId)) {
				fromMember.merge(shift.worker(), (long) request.durationMinutes(), Long::sum);
				if (shift.index() >= WeekCopies.keptCount(request, memberId, percent)) {
					dropped.merge(shift.worker(), (long) request.durationMinutes(), Long::sum);
				}
			}
		}
		var changes = WorkerChange.changes(control, after);
		List<WorkerCost> workers = new ArrayList<>();
		for (var worker : week.problem().workers()) {
			var change = changes.stream().filter(c -> c.worker().equals(worker.name())).findFirst().orElseThrow();
			long had = fromMember.getOrDefault(worker.id(), 0L);
			if (had > 0 || change.beforeMinutes() != change.afterMinutes()) {
				workers.add(new WorkerCost(change, had, dropped.getOrDefault(worker.id(), 0L)));
			}
		}
		workers.sort((a, b) -> a.change().worker().compareTo(b.change().worker()));
		var before = control.coveredByMember();
		List<TakenUp> takenUp = new ArrayList<>();
		after.coveredByMember().forEach((member, minutes) -> {
			long more = minutes - before.getOrDefault(member, 0L);
			if (!member.equals(memberId) && more > 0) {
				takenUp.add(new TakenUp(week.memberName(member), more));
			}
		});
		takenUp.sort((a, b) -> Long.compare(b.minutes(), a.minutes()));
		return new Result(memberId, week.memberName(memberId), percent, control.coveredMinutes(),
				after.coveredMinutes(), workers, takenUp);
	}

	/**
	 * One worker's cost.
	 *
	 * @param memberMinutes minutes the member's requests gave them in the week's plan
	 * @param droppedMinutes of those, the minutes of the shifts that go
	 */
	public record WorkerCost(WorkerChange change, long memberMinutes, long droppedMinutes) {
	}

	/** Another member's requested minutes the copy covers more than the week's plan. */
	public record TakenUp(String member, long minutes) {
	}

	/**
	 * @param coveredBefore minutes the control covers
	 * @param coveredAfter minutes the copy covers
	 * @param workers those who worked for the member or whose minutes change, by name
	 */
	public record Result(String memberId, String member, int percent, long coveredBefore, long coveredAfter,
			List<WorkerCost> workers, List<TakenUp> takenUp) {
	}

}
