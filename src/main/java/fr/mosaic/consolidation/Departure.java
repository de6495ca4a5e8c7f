package fr.mosaic.consolidation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a member's departure, or a cut of its requests, costs. The minutes a worker loses are exactly those of their
 * shifts with the member that go, read from the week's plan: a worker who had none there loses none, whatever solving
 * again does. The week's copy without those shifts is then solved from the plan, to show each worker's minutes once the
 * others' unmet requests take up the time set free, who ends below their contract, which other members gain, and the
 * workers whose minutes only move because the copy is planned again.
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
		// against the week's plan itself: the control's own reshuffling is no cost of the departure
		var changes = WorkerChange.changes(week, after);
		List<WorkerCost> workers = new ArrayList<>();
		List<WorkerChange> reshuffled = new ArrayList<>();
		for (var worker : week.problem().workers()) {
			var change = changes.stream().filter(c -> c.worker().equals(worker.name())).findFirst().orElseThrow();
			long had = fromMember.getOrDefault(worker.id(), 0L);
			if (had > 0) {
				workers.add(new WorkerCost(change, had, dropped.getOrDefault(worker.id(), 0L)));
			} else if (change.beforeMinutes() != change.afterMinutes()) {
				reshuffled.add(change);
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
				after.coveredMinutes(), workers, reshuffled, takenUp);
	}

	/**
	 * One worker's cost.
	 *
	 * @param change their minutes in the week's plan, then once the copy is planned again
	 * @param memberMinutes minutes the member's requests gave them in the week's plan
	 * @param droppedMinutes of those, the minutes of the shifts that go: what the departure takes from them
	 */
	public record WorkerCost(WorkerChange change, long memberMinutes, long droppedMinutes) {

		/** Their minutes in the week's plan less those that go, before any re-planning. */
		public long leftMinutes() {
			return change.beforeMinutes() - droppedMinutes;
		}

		/** Whether planning the copy again leaves them below their contract. */
		public boolean belowContract() {
			return change.afterMinutes() < change.contractMinutes();
		}

	}

	/** Another member's requested minutes the copy covers more than the week's plan. */
	public record TakenUp(String member, long minutes) {
	}

	/**
	 * @param coveredBefore minutes the control covers
	 * @param coveredAfter minutes the copy covers
	 * @param workers those who worked for the member in the week's plan, by name
	 * @param reshuffled the others whose minutes the copy planned again changes, by name: none lost to the departure
	 */
	public record Result(String memberId, String member, int percent, long coveredBefore, long coveredAfter,
			List<WorkerCost> workers, List<WorkerChange> reshuffled, List<TakenUp> takenUp) {

		public Result {
			// an analysis stored before this list existed has none
			reshuffled = reshuffled == null ? List.of() : reshuffled;
		}

	}

}
