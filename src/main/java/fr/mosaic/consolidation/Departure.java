package fr.mosaic.consolidation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a member's departure, or a cut of its requests, costs over the weeks analysed. The minutes a worker loses are
 * exactly those of their shifts with the member that go, read from each week's plan: a worker who had none there loses
 * none, whatever solving again does. Each week's copy without those shifts is then solved from its plan, to show each
 * worker's minutes once the others' unmet requests take up the time set free, who ends below their contract, which
 * other members gain, and the workers whose minutes only move because the copies are planned again; all summed over the
 * weeks.
 */
public final class Departure {

	private Departure() {
	}

	/**
	 * Weighs the departure on each week in turn and sums each worker's cost over the weeks.
	 *
	 * @param percent the share of the member's requested shifts that goes, 1 to 100 (100: the member leaves)
	 * @throws IllegalArgumentException when the member is not in the weeks or the share is out of range
	 */
	public static Result of(SolvedWeeks weeks, String memberId, int percent, WhatIfSolve solve, Progress progress) {
		if (percent < 1 || percent > 100 || weeks.weeks().stream().anyMatch(
				week -> week.problem().members().stream().noneMatch(member -> member.id().equals(memberId)))) {
			throw new IllegalArgumentException("%d%% of member %s".formatted(percent, memberId));
		}
		var perWeek = weeks.each(progress, (week, weekProgress) -> of(week, memberId, percent, solve, weekProgress));
		var changes = WorkerChange.summed(perWeek.stream().map(Solved::changes).toList());
		var fromMember = SolvedWeeks.sum(perWeek.stream().map(Solved::fromMember).toList());
		var dropped = SolvedWeeks.sum(perWeek.stream().map(Solved::dropped).toList());
		List<WorkerCost> workers = new ArrayList<>();
		List<WorkerChange> reshuffled = new ArrayList<>();
		changes.forEach((worker, change) -> {
			long had = fromMember.getOrDefault(worker, 0L);
			if (had > 0) {
				workers.add(new WorkerCost(change, had, dropped.getOrDefault(worker, 0L)));
			} else if (change.beforeMinutes() != change.afterMinutes()) {
				reshuffled.add(change);
			}
		});
		List<TakenUp> takenUp = new ArrayList<>();
		SolvedWeeks.sum(perWeek.stream().map(Solved::moreByMember).toList()).forEach((member, more) -> {
			// those covered less count too: the list sums to what the others take up, net
			if (!member.equals(memberId) && more != 0) {
				takenUp.add(new TakenUp(weeks.last().memberName(member), more));
			}
		});
		takenUp.sort((a, b) -> Long.compare(b.minutes(), a.minutes()));
		var weekly = perWeek.stream().map(Solved::week).toList();
		return new Result(memberId, weeks.last().memberName(memberId), percent,
				weekly.stream().mapToLong(DepartureWeek::coveredBefore).sum(),
				weekly.stream().mapToLong(DepartureWeek::coveredAfter).sum(), workers, reshuffled, takenUp, weekly,
				weeks.starts(), weekly.stream().mapToLong(DepartureWeek::memberLostMinutes).sum(),
				weekly.stream().mapToLong(DepartureWeek::takenUpMinutes).sum());
	}

	// one week: the minutes the member gave each worker in the week's plan and those that go, read from the plan; the
	// copy solved against the week's plan for each worker's change, against the control for the members' take-up
	private static Solved of(SolvedWeek week, String memberId, int percent, WhatIfSolve solve, Progress progress) {
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
		var before = control.coveredByMember();
		Map<String, Long> moreByMember = new HashMap<>();
		after.coveredByMember()
				.forEach((member, minutes) -> moreByMember.put(member, minutes - before.getOrDefault(member, 0L)));
		before.forEach((member, minutes) -> moreByMember.putIfAbsent(member, -minutes));
		// before − the member's minutes lost + those the others take up = after, both measured against the control
		long memberLost = -moreByMember.getOrDefault(memberId, 0L);
		long takenUp = moreByMember.entrySet().stream().filter(entry -> !entry.getKey().equals(memberId))
				.mapToLong(Map.Entry::getValue).sum();
		// against the week's plan itself: the control's own reshuffling is no cost of the departure
		return new Solved(
				new DepartureWeek(week.problem().weekStart(), control.coveredMinutes(), after.coveredMinutes(),
						dropped.values().stream().mapToLong(Long::longValue).sum(), memberLost, takenUp),
				WorkerChange.byWorker(week, after), fromMember, dropped, moreByMember);
	}

	/**
	 * One week's copy.
	 *
	 * @param changes every worker's minutes in the week's plan and in the copy, by worker id
	 * @param fromMember minutes the member gave each worker in the week's plan, by worker id
	 * @param dropped of those, the minutes of the shifts that go
	 * @param moreByMember minutes each member's requests are covered more in the copy than in the control, by member id
	 */
	private record Solved(DepartureWeek week, Map<String, WorkerChange> changes, Map<String, Long> fromMember,
			Map<String, Long> dropped, Map<String, Long> moreByMember) {
	}

	/**
	 * One worker's cost, summed over the weeks analysed.
	 *
	 * @param change their minutes in the weeks' plans, then once the copies are planned again, and their contract over
	 *        the weeks
	 * @param memberMinutes minutes the member's requests gave them in the weeks' plans
	 * @param droppedMinutes of those, the minutes of the shifts that go: what the departure takes from them
	 */
	public record WorkerCost(WorkerChange change, long memberMinutes, long droppedMinutes) {

		/** Their minutes in the weeks' plans less those that go, before any re-planning. */
		public long leftMinutes() {
			return change.beforeMinutes() - droppedMinutes;
		}

		/** Whether planning the copies again leaves them below their contract over the weeks. */
		public boolean belowContract() {
			return change.afterMinutes() < change.contractMinutes();
		}

	}

	/**
	 * Another member's requested minutes the copies cover more than the controls, over the weeks; negative when they
	 * cover fewer.
	 */
	public record TakenUp(String member, long minutes) {
	}

	/**
	 * The departure in one week.
	 *
	 * @param coveredBefore minutes the week's control covers
	 * @param coveredAfter minutes the week's copy covers
	 * @param droppedMinutes minutes of the member's shifts in the week's plan that go
	 * @param memberLostMinutes the member's minutes the control covers and the copy no longer does
	 * @param takenUpMinutes the other members' minutes the copy covers more than the control, net: coveredBefore −
	 *        memberLostMinutes + takenUpMinutes = coveredAfter (both 0 in an analysis stored before they were kept)
	 */
	public record DepartureWeek(LocalDate weekStart, long coveredBefore, long coveredAfter, long droppedMinutes,
			long memberLostMinutes, long takenUpMinutes) {
	}

	/**
	 * @param coveredBefore minutes the controls cover, over the weeks: the weeks re-solved from their plans for a
	 *        copy's time, the reference the copies are measured against
	 * @param coveredAfter minutes the copies cover, over the weeks: coveredBefore − memberLostMinutes + takenUpMinutes
	 * @param workers those who worked for the member in the weeks' plans, by name, their minutes summed over the weeks
	 * @param reshuffled the others whose minutes the copies planned again change over the weeks, by name: none lost to
	 *        the departure
	 * @param perWeek the same week by week, oldest first (empty in an analysis stored before it was kept)
	 * @param weeks the weeks analysed, see {@link WhatIfResult#weeks()}
	 * @param memberLostMinutes the member's minutes the controls cover and the copies no longer do, over the weeks
	 * @param takenUpMinutes the other members' minutes the copies cover more than the controls, net, over the weeks:
	 *        the sum of {@code takenUp} (both 0 in an analysis stored before they were kept)
	 */
	public record Result(String memberId, String member, int percent, long coveredBefore, long coveredAfter,
			List<WorkerCost> workers, List<WorkerChange> reshuffled, List<TakenUp> takenUp, List<DepartureWeek> perWeek,
			List<LocalDate> weeks, long memberLostMinutes, long takenUpMinutes) implements WhatIfResult {

		public Result {
			// an analysis stored before these lists existed has none
			reshuffled = reshuffled == null ? List.of() : reshuffled;
			perWeek = perWeek == null ? List.of() : perWeek;
			weeks = weeks == null ? List.of() : weeks;
		}

	}

}
