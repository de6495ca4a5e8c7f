package fr.mosaic.planning.validation;

import static fr.mosaic.base.LabourLaw.BREAK_MINUTES;
import static fr.mosaic.base.LabourLaw.DAILY_REST_MINUTES;
import static fr.mosaic.base.LabourLaw.INTERRUPTION_THRESHOLD_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_DAILY_WORK_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_DUTY_SPAN_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_PART_TIME_INTERRUPTION_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_WORKING_DAYS;
import static fr.mosaic.base.LabourLaw.MAX_WORK_WITHOUT_BREAK_MINUTES;
import static fr.mosaic.base.LabourLaw.WEEKLY_REST_MINUTES;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import fr.mosaic.interchange.ShiftKey;
import fr.mosaic.interchange.WallTime;

/**
 * The rules over all shifts of one worker's week, sorted by {@link Slot#BY_TIME}. Each rule method takes a nullable
 * list: {@code null} means fail fast and build no messages.
 */
final class WeekRules {

	private final WeekClock clock;

	private final TravelMatrix travel;

	WeekRules(WeekClock clock, TravelMatrix travel) {
		this.clock = clock;
		this.travel = travel;
	}

	WallTime time(int minute) {
		return clock.time(minute);
	}

	boolean check(WorkerFacts f, List<Slot> sorted, @Nullable List<Violation> out) {
		if (sorted.isEmpty()) {
			return true;
		}
		// each rule runs only while the previous ones held, unless we are collecting them all
		boolean ok = noOverlap(f, sorted, out);
		ok = (ok || out != null) && workPerDay(f, sorted, out) && ok;
		ok = (ok || out != null) && workPerWeek(f, sorted, out) && ok;
		ok = (ok || out != null) && dutyPeriods(f, sorted, out) && ok;
		ok = (ok || out != null) && weeklyRest(f, sorted, out) && ok;
		ok = (ok || out != null) && breaks(f, sorted, out) && ok;
		ok = (ok || out != null) && partTimeIdle(f, sorted, out) && ok;
		return ok;
	}

	/** Worked minutes (shifts plus travel within duty periods) and the travel part, of a sorted week. */
	WorkerRules.Work work(List<Slot> sorted) {
		int worked = 0;
		int travelled = 0;
		for (int i = 0; i < sorted.size(); i++) {
			worked += sorted.get(i).minutes();
			travelled += travelBefore(sorted, i);
		}
		return new WorkerRules.Work(worked + travelled, travelled);
	}

	/** Travel counts before a shift only from the previous shift of the same duty period. */
	private int travelBefore(List<Slot> sorted, int i) {
		if (i == 0) {
			return 0;
		}
		Slot prev = sorted.get(i - 1);
		Slot cur = sorted.get(i);
		return cur.start() - prev.end() < DAILY_REST_MINUTES ? travel.minutes(prev.site(), cur.site()) : 0;
	}

	// --- the whole week of one worker ------------------------------------------------------------------------

	// next.start >= prev.end + travel: travel between workplaces is working time (Cass. soc. 5 Nov 2003)
	private boolean noOverlap(WorkerFacts f, List<Slot> s, @Nullable List<Violation> out) {
		boolean ok = true;
		for (int i = 1; i < s.size(); i++) {
			Slot prev = s.get(i - 1);
			Slot cur = s.get(i);
			int travelled = travel.minutes(prev.site(), cur.site());
			if (cur.start() < prev.end() + travelled) {
				if (out == null) {
					return false;
				}
				report(out, Rule.OVERLAP, f, cur, () -> "shift " + when(cur) + " starts before the end of "
						+ new ShiftKey(prev.request().id(), prev.index()) + " plus " + travelled + " min of travel");
				ok = false;
			}
		}
		return ok;
	}

	// at most 10 h of work per calendar day, travel included (L3121-18)
	private boolean workPerDay(WorkerFacts f, List<Slot> s, @Nullable List<Violation> out) {
		int firstDay = clock.day(s.get(0).start());
		int[] work = new int[clock.day(maxEnd(s) - 1) - firstDay + 1];
		for (int i = 0; i < s.size(); i++) {
			Slot slot = s.get(i);
			work[clock.day(slot.start()) - firstDay] += travelBefore(s, i);
			addPerDay(work, firstDay, slot);
		}
		boolean ok = true;
		for (int d = 0; d < work.length; d++) {
			if (work[d] > MAX_DAILY_WORK_MINUTES) {
				if (out == null) {
					return false;
				}
				int day = firstDay + d;
				int minutes = work[d];
				out.add(new Violation(Rule.DAILY_MAX, f.id(), null, null,
						minutes + " min of work on " + clock.date(day) + ", above " + MAX_DAILY_WORK_MINUTES));
				ok = false;
			}
		}
		return ok;
	}

	// at most the contract maximum and at most 48 h a week, travel included (L3121-20)
	private boolean workPerWeek(WorkerFacts f, List<Slot> s, @Nullable List<Violation> out) {
		int worked = work(s).workedMinutes();
		if (worked <= f.weeklyLimit()) {
			return true;
		}
		if (out != null) {
			out.add(new Violation(Rule.WEEKLY_MAX, f.id(), null, null,
					worked + " min of work in the week, above the limit of " + f.weeklyLimit()));
		}
		return false;
	}

	// a gap of 11 h or more starts a new duty period; each spans at most 13 h (L3131-1)
	private boolean dutyPeriods(WorkerFacts f, List<Slot> s, @Nullable List<Violation> out) {
		boolean ok = true;
		int first = 0;
		int end = s.get(0).end();
		for (int i = 1; i <= s.size(); i++) {
			if (i == s.size() || s.get(i).start() - s.get(i - 1).end() >= DAILY_REST_MINUTES) {
				int span = end - s.get(first).start();
				if (span > MAX_DUTY_SPAN_MINUTES) {
					if (out == null) {
						return false;
					}
					Slot from = s.get(first);
					report(out, Rule.DUTY_SPAN, f, from, () -> "duty period from " + time(from.start()) + " spans "
							+ span + " min, above " + MAX_DUTY_SPAN_MINUTES);
					ok = false;
				}
				first = i;
			}
			if (i < s.size()) {
				end = Math.max(end, s.get(i).end());
			}
		}
		return ok;
	}

	// 35 consecutive hours of rest somewhere in the week, at most 6 working days (L3132-1, L3132-2)
	private boolean weeklyRest(WorkerFacts f, List<Slot> s, @Nullable List<Violation> out) {
		int longest = s.get(0).start();
		int end = s.get(0).end();
		for (int i = 1; i < s.size(); i++) {
			longest = Math.max(longest, s.get(i).start() - end);
			end = Math.max(end, s.get(i).end());
		}
		longest = Math.max(longest, clock.weekLength() - end);
		boolean ok = true;
		if (longest < WEEKLY_REST_MINUTES) {
			if (out == null) {
				return false;
			}
			int rest = longest;
			out.add(new Violation(Rule.WEEKLY_REST, f.id(), null, null,
					"longest rest in the week is " + rest + " min, below " + WEEKLY_REST_MINUTES));
			ok = false;
		}
		int firstDay = clock.day(s.get(0).start());
		int[] work = new int[clock.day(end - 1) - firstDay + 1];
		s.forEach(slot -> addPerDay(work, firstDay, slot));
		long days = Arrays.stream(work).filter(minutes -> minutes > 0).count();
		if (days > MAX_WORKING_DAYS) {
			if (out == null) {
				return false;
			}
			out.add(new Violation(Rule.WORKING_DAYS, f.id(), null, null,
					days + " working days in the week, above " + MAX_WORKING_DAYS));
			ok = false;
		}
		return ok;
	}

	// shifts less than 20 min apart (travel is work) form a stretch; a stretch of several is at most 6 h (L3121-16)
	private boolean breaks(WorkerFacts f, List<Slot> s, @Nullable List<Violation> out) {
		boolean ok = true;
		int first = 0;
		for (int i = 1; i <= s.size(); i++) {
			if (i == s.size() || idle(s, i) >= BREAK_MINUTES) {
				int span = s.get(i - 1).end() - s.get(first).start();
				if (i - first >= 2 && span > MAX_WORK_WITHOUT_BREAK_MINUTES) {
					if (out == null) {
						return false;
					}
					Slot from = s.get(first);
					report(out, Rule.BREAK, f, from, () -> "work from " + time(from.start()) + " runs " + span
							+ " min without a break of " + BREAK_MINUTES + " min");
					ok = false;
				}
				first = i;
			}
		}
		return ok;
	}

	// part-time: at most one interruption a day (idle over 30 min), never over 2 h (L3123-30)
	private boolean partTimeIdle(WorkerFacts f, List<Slot> s, @Nullable List<Violation> out) {
		if (!f.partTime()) {
			return true;
		}
		boolean ok = true;
		int interruptions = 0;
		for (int i = 1; i < s.size(); i++) {
			if (s.get(i).start() - s.get(i - 1).end() >= DAILY_REST_MINUTES) {
				interruptions = 0;
				continue;
			}
			int idle = idle(s, i);
			Slot cur = s.get(i);
			if (idle > MAX_PART_TIME_INTERRUPTION_MINUTES) {
				if (out == null) {
					return false;
				}
				report(out, Rule.PART_TIME_LONG_IDLE, f, cur, () -> "part-time worker idle " + idle
						+ " min before this shift, above " + MAX_PART_TIME_INTERRUPTION_MINUTES);
				ok = false;
			}
			if (idle > INTERRUPTION_THRESHOLD_MINUTES && ++interruptions == 2) {
				if (out == null) {
					return false;
				}
				report(out, Rule.PART_TIME_INTERRUPTIONS, f, cur,
						() -> "part-time worker's second interruption of more than " + INTERRUPTION_THRESHOLD_MINUTES
								+ " min in one duty period");
				ok = false;
			}
		}
		return ok;
	}

	// --- helpers ---------------------------------------------------------------------------------------------

	private int idle(List<Slot> s, int i) {
		Slot prev = s.get(i - 1);
		Slot cur = s.get(i);
		return cur.start() - prev.end() - travel.minutes(prev.site(), cur.site());
	}

	private static int maxEnd(List<Slot> s) {
		int end = Integer.MIN_VALUE;
		for (Slot slot : s) {
			end = Math.max(end, slot.end());
		}
		return end;
	}

	// a day's share of a shift is the elapsed minutes between that day's local midnights
	private void addPerDay(int[] work, int firstDay, Slot slot) {
		for (int d = clock.day(slot.start()); clock.dayStart(d) < slot.end(); d++) {
			work[d - firstDay] += Math.min(slot.end(), clock.dayStart(d + 1))
					- Math.max(slot.start(), clock.dayStart(d));
		}
	}

	String when(Slot slot) {
		return time(slot.start()) + "–" + time(slot.end()).local().toLocalTime();
	}

	static void report(@Nullable List<Violation> out, Rule rule, WorkerFacts f, Slot slot, Supplier<String> detail) {
		if (out != null) {
			out.add(new Violation(rule, f.id(), slot.request().id(), slot.index(), detail.get()));
		}
	}

}
