package fr.mosaic.planning.solver;

import static fr.mosaic.base.LabourLaw.BREAK_MINUTES;
import static fr.mosaic.base.LabourLaw.DAILY_REST_MINUTES;
import static fr.mosaic.base.LabourLaw.INTERRUPTION_THRESHOLD_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_DAILY_WORK_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_DUTY_SPAN_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_PART_TIME_INTERRUPTION_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_WEEKLY_WORK_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_WORKING_DAYS;
import static fr.mosaic.base.LabourLaw.MAX_WORK_WITHOUT_BREAK_MINUTES;
import static fr.mosaic.base.LabourLaw.WEEKLY_REST_MINUTES;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import fr.mosaic.planning.model.PlanningMember;
import fr.mosaic.planning.model.PlanningSite;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekCalendar;

/**
 * One worker's shifts of the week in time order, with the figures the sequence rules of
 * {@code docs/spec/interchange.md} need. Built from a snapshot of starts, so it stays valid while the solver moves on.
 * The constraint provider, the plan's worker summaries and the reasons for uncovered shifts all count with it, so they
 * cannot disagree. Minutes are elapsed minutes and days the calendar days of the worker's {@link WeekCalendar}, so a
 * rest or a day's work spanning a change of the clocks counts what the worker lives through.
 */
public final class WorkerWeek {

	/** A shift placed at a start: the shift may be a candidate the solver has not chosen. */
	public record Slot(String shiftId, PlanningMember member, PlanningSite site, int start, int end) {

		static Slot of(ShiftAssignment shift) {
			return at(shift, shift.startMinute());
		}

		public static Slot at(ShiftAssignment shift, int start) {
			return new Slot(shift.getId(), shift.getMember(), shift.getSite(), start,
					start + shift.getDurationMinutes());
		}

	}

	/** A rule broken by {@code minutes} (or a count) on a day (-1 for the whole week), by these shifts. */
	public record Breach(int day, long minutes, List<String> shiftIds) {
	}

	private static final Comparator<Slot> TIME_ORDER = Comparator.comparingInt(Slot::start).thenComparingInt(Slot::end)
			.thenComparing(Slot::shiftId);

	private final PlanningWorker worker;

	private final WeekCalendar calendar;

	private final List<Slot> slots;

	// travelBefore[i]: travel from slot i-1 when both are in the same duty period, else 0.
	private final int[] travelBefore;

	// Indexes of the slots of each duty period; several rules walk them, so they are built once.
	private final List<List<Integer>> dutyPeriods = new ArrayList<>();

	// Calendar day of each slot's start and of its last minute: the day rules read them for every slot, and the
	// solver rebuilds the week on every move, so they are computed once here and the day rules count in arrays.
	private final int[] startDay;

	private final int[] lastDay;

	private WorkerWeek(PlanningWorker worker, List<Slot> slots) {
		this.worker = worker;
		this.calendar = worker.getCalendar();
		Slot[] sorted = slots.toArray(Slot[]::new);
		Arrays.sort(sorted, TIME_ORDER);
		this.slots = List.of(sorted);
		this.travelBefore = new int[sorted.length];
		this.startDay = new int[sorted.length];
		this.lastDay = new int[sorted.length];
		for (int i = 0; i < sorted.length; i++) {
			startDay[i] = calendar.dayOf(sorted[i].start());
			lastDay[i] = calendar.dayOf(sorted[i].end() - 1);
		}
		int latestEnd = Integer.MIN_VALUE;
		for (int i = 0; i < this.slots.size(); i++) {
			Slot slot = this.slots.get(i);
			if (i == 0 || slot.start() - latestEnd >= DAILY_REST_MINUTES) {
				dutyPeriods.add(new ArrayList<>());
			} else {
				travelBefore[i] = this.slots.get(i - 1).site().travelTo(slot.site());
			}
			dutyPeriods.getLast().add(i);
			latestEnd = Math.max(latestEnd, slot.end());
		}
	}

	/** The week of a worker's assigned shifts; unassigned ones are ignored. */
	public static WorkerWeek of(PlanningWorker worker, Collection<ShiftAssignment> shifts) {
		List<Slot> slots = new ArrayList<>(shifts.size());
		for (ShiftAssignment shift : shifts) {
			if (shift.isAssigned()) {
				slots.add(Slot.of(shift));
			}
		}
		return new WorkerWeek(worker, slots);
	}

	public static WorkerWeek ofSlots(PlanningWorker worker, List<Slot> slots) {
		return new WorkerWeek(worker, slots);
	}

	public PlanningWorker worker() {
		return worker;
	}

	public List<Slot> slots() {
		return slots;
	}

	/** Shift minutes plus travel between shifts of one duty period. */
	public int workMinutes() {
		int minutes = travelMinutes();
		for (Slot slot : slots) {
			minutes += slot.end() - slot.start();
		}
		return minutes;
	}

	public int travelMinutes() {
		int minutes = 0;
		for (int travel : travelBefore) {
			minutes += travel;
		}
		return minutes;
	}

	public long memberCount() {
		return slots.stream().map(Slot::member).distinct().count();
	}

	/** Whether the week breaks none of the per-worker hard rules above (skill, exclusions, availability aside). */
	public boolean keepsHardRules() {
		return weeklyExcess() == 0 && overlaps().isEmpty() && dailyWorkExcess().isEmpty()
				&& dutyPeriodExcess().isEmpty() && weeklyRestShortfall() == 0 && workOnExtraDays() == 0
				&& stretchExcess().isEmpty() && interruptionExcess().isEmpty();
	}

	/** Consecutive shifts closer than their end plus the travel between their sites. */
	public List<Breach> overlaps() {
		List<Breach> breaches = new ArrayList<>();
		for (int i = 1; i < slots.size(); i++) {
			Slot previous = slots.get(i - 1);
			Slot next = slots.get(i);
			int excess = previous.end() + previous.site().travelTo(next.site()) - next.start();
			if (excess > 0) {
				breaches.add(
						new Breach(calendar.dayOf(next.start()), excess, List.of(previous.shiftId(), next.shiftId())));
			}
		}
		return breaches;
	}

	/** Days whose shift minutes plus travel before shifts starting that day exceed the daily maximum. */
	public List<Breach> dailyWorkExcess() {
		List<Breach> breaches = new ArrayList<>();
		if (slots.isEmpty()) {
			return breaches;
		}
		int firstDay = startDay[0];
		int[] work = new int[maxLastDay() - firstDay + 1];
		for (int i = 0; i < slots.size(); i++) {
			Slot slot = slots.get(i);
			work[startDay[i] - firstDay] += travelBefore[i];
			for (int day = startDay[i]; day <= lastDay[i]; day++) {
				work[day - firstDay] += calendar.minutesOnDay(slot.start(), slot.end(), day);
			}
		}
		for (int d = 0; d < work.length; d++) {
			if (work[d] > MAX_DAILY_WORK_MINUTES) {
				int day = d + firstDay;
				List<String> ids = new ArrayList<>();
				for (int i = 0; i < slots.size(); i++) {
					if (startDay[i] <= day && day <= lastDay[i]) {
						ids.add(slots.get(i).shiftId());
					}
				}
				breaches.add(new Breach(day, work[d] - MAX_DAILY_WORK_MINUTES, List.copyOf(ids)));
			}
		}
		return breaches;
	}

	// Starts are sorted, so the first slot starts on the earliest day; the last may not end latest.
	private int maxLastDay() {
		int max = startDay[startDay.length - 1];
		for (int day : lastDay) {
			max = Math.max(max, day);
		}
		return max;
	}

	/** Week's work above the worker's maximum, itself capped at 48 h. */
	public int weeklyExcess() {
		return Math.max(0, workMinutes() - Math.min(worker.getMaxMinutes(), MAX_WEEKLY_WORK_MINUTES));
	}

	/** Duty periods (split at gaps of 11 h) spanning more than 13 h. */
	public List<Breach> dutyPeriodExcess() {
		List<Breach> breaches = new ArrayList<>();
		for (List<Integer> period : dutyPeriods) {
			Slot first = slots.get(period.getFirst());
			int span = latestEnd(period) - first.start();
			if (span > MAX_DUTY_SPAN_MINUTES) {
				breaches.add(new Breach(calendar.dayOf(first.start()), span - MAX_DUTY_SPAN_MINUTES, ids(period)));
			}
		}
		return breaches;
	}

	/** Minutes the longest rest of the week (week edges included) falls short of 35 h; 0 without shifts. */
	public int weeklyRestShortfall() {
		if (slots.isEmpty()) {
			return 0;
		}
		int longestRest = slots.getFirst().start();
		int latestEnd = slots.getFirst().end();
		for (Slot slot : slots) {
			longestRest = Math.max(longestRest, slot.start() - latestEnd);
			latestEnd = Math.max(latestEnd, slot.end());
		}
		longestRest = Math.max(longestRest, calendar.weekMinutes() - latestEnd);
		return Math.max(0, WEEKLY_REST_MINUTES - longestRest);
	}

	/** Work minutes on the lightest working days beyond the sixth. */
	public int workOnExtraDays() {
		if (slots.isEmpty()) {
			return 0;
		}
		int firstDay = startDay[0];
		int[] work = new int[maxLastDay() - firstDay + 1];
		boolean[] worked = new boolean[work.length];
		int days = 0;
		for (int i = 0; i < slots.size(); i++) {
			Slot slot = slots.get(i);
			for (int day = startDay[i]; day <= lastDay[i]; day++) {
				work[day - firstDay] += calendar.minutesOnDay(slot.start(), slot.end(), day);
				if (!worked[day - firstDay]) {
					worked[day - firstDay] = true;
					days++;
				}
			}
		}
		if (days <= MAX_WORKING_DAYS) {
			return 0;
		}
		int[] minutes = new int[days];
		int k = 0;
		for (int d = 0; d < work.length; d++) {
			if (worked[d]) {
				minutes[k++] = work[d];
			}
		}
		Arrays.sort(minutes);
		int sum = 0;
		for (int j = 0; j < days - MAX_WORKING_DAYS; j++) {
			sum += minutes[j];
		}
		return sum;
	}

	/** Stretches of 2+ shifts with under 20 min idle between them (travel is work) running over 6 h. */
	public List<Breach> stretchExcess() {
		List<Breach> breaches = new ArrayList<>();
		List<Integer> stretch = new ArrayList<>();
		for (int i = 0; i < slots.size(); i++) {
			if (!stretch.isEmpty()) {
				Slot previous = slots.get(i - 1);
				Slot slot = slots.get(i);
				int idle = slot.start() - latestEnd(stretch) - previous.site().travelTo(slot.site());
				if (idle >= BREAK_MINUTES) {
					addStretchBreach(stretch, breaches);
					stretch = new ArrayList<>();
				}
			}
			stretch.add(i);
		}
		addStretchBreach(stretch, breaches);
		return breaches;
	}

	private void addStretchBreach(List<Integer> stretch, List<Breach> breaches) {
		if (stretch.size() < 2) {
			return;
		}
		Slot first = slots.get(stretch.getFirst());
		int span = latestEnd(stretch) - first.start();
		if (span > MAX_WORK_WITHOUT_BREAK_MINUTES) {
			breaches.add(
					new Breach(calendar.dayOf(first.start()), span - MAX_WORK_WITHOUT_BREAK_MINUTES, ids(stretch)));
		}
	}

	/**
	 * Part-time workers, per duty period: idle minutes above 2 h, plus the idle minutes (capped at 2 h) of every
	 * interruption over 30 min except the longest one. Empty for full-time workers.
	 */
	public List<Breach> interruptionExcess() {
		List<Breach> breaches = new ArrayList<>();
		if (!worker.isPartTime()) {
			return breaches;
		}
		for (List<Integer> period : dutyPeriods) {
			long excess = 0;
			List<Integer> interruptions = new ArrayList<>();
			for (int idle : idles(period)) {
				excess += Math.max(0, idle - MAX_PART_TIME_INTERRUPTION_MINUTES);
				if (idle > INTERRUPTION_THRESHOLD_MINUTES) {
					interruptions.add(Math.min(idle, MAX_PART_TIME_INTERRUPTION_MINUTES));
				}
			}
			interruptions.sort(Comparator.reverseOrder());
			excess += interruptions.stream().skip(1).mapToInt(Integer::intValue).sum();
			if (excess > 0) {
				breaches.add(new Breach(calendar.dayOf(slots.get(period.getFirst()).start()), excess, ids(period)));
			}
		}
		return breaches;
	}

	/** Idle minutes (gap minus travel) between the shifts of each duty period. */
	public List<Breach> idleTime() {
		List<Breach> breaches = new ArrayList<>();
		for (List<Integer> period : dutyPeriods) {
			int idle = 0;
			int latestEnd = slots.get(period.getFirst()).end();
			for (int k = 1; k < period.size(); k++) {
				int i = period.get(k);
				idle += Math.max(0, slots.get(i).start() - latestEnd - travelBefore[i]);
				latestEnd = Math.max(latestEnd, slots.get(i).end());
			}
			if (idle > 0) {
				breaches.add(new Breach(calendar.dayOf(slots.get(period.getFirst()).start()), idle, ids(period)));
			}
		}
		return breaches;
	}

	/** Employers beyond the first on each day shifts start. */
	public List<Breach> extraEmployersPerDay() {
		List<Breach> breaches = new ArrayList<>();
		// Slots are in start order, so the slots starting on one day are consecutive.
		int first = 0;
		while (first < slots.size()) {
			int end = first + 1;
			while (end < slots.size() && startDay[end] == startDay[first]) {
				end++;
			}
			int employers = 0;
			for (int i = first; i < end; i++) {
				boolean seen = false;
				for (int j = first; j < i && !seen; j++) {
					seen = slots.get(j).member().equals(slots.get(i).member());
				}
				if (!seen) {
					employers++;
				}
			}
			if (employers > 1) {
				List<String> ids = new ArrayList<>(end - first);
				for (int i = first; i < end; i++) {
					ids.add(slots.get(i).shiftId());
				}
				breaches.add(new Breach(startDay[first], employers - 1, List.copyOf(ids)));
			}
			first = end;
		}
		return breaches;
	}

	private List<Integer> idles(List<Integer> period) {
		List<Integer> idles = new ArrayList<>();
		for (int k = 1; k < period.size(); k++) {
			int i = period.get(k);
			int latestEnd = latestEnd(period.subList(0, k));
			idles.add(Math.max(0, slots.get(i).start() - latestEnd - travelBefore[i]));
		}
		return idles;
	}

	private int latestEnd(List<Integer> indexes) {
		int latest = Integer.MIN_VALUE;
		for (int i : indexes) {
			latest = Math.max(latest, slots.get(i).end());
		}
		return latest;
	}

	private List<String> ids(List<Integer> indexes) {
		return indexes.stream().map(i -> slots.get(i).shiftId()).toList();
	}

}
