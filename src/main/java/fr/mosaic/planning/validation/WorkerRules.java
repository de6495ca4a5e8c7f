package fr.mosaic.planning.validation;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ProblemDocument.Worker;
import org.jspecify.annotations.Nullable;

/**
 * The per-worker rules of the spec, written once for both the validator (which collects every violation) and a
 * planner (which asks whether a schedule is allowed and stops at the first breach). Each rule method takes a
 * nullable list: {@code null} means fail fast and build no messages.
 */
public final class WorkerRules {

	static final int DAY = 1440;

	static final int WEEK = 7 * DAY;

	static final int MAX_DAILY = 600;

	static final int LEGAL_WEEKLY = 2880;

	static final int DUTY_GAP = 660;

	static final int MAX_DUTY_SPAN = 780;

	static final int WEEKLY_REST = 2100;

	static final int MAX_WORKING_DAYS = 6;

	static final int BREAK_IDLE = 20;

	static final int MAX_STRETCH = 360;

	static final int SHORT_IDLE = 30;

	static final int MAX_IDLE = 120;

	private final LocalDateTime weekStart;

	private final TravelTimes travel;

	private final Map<String, Facts> workers = new HashMap<>();

	private final Map<String, Set<String>> excludedByMember = new HashMap<>();

	/** What the rules need to know of one worker, looked up once. */
	private record Facts(Worker worker, Set<String> skills, Set<String> excludedMembers, int @Nullable [] available,
			int[] unavailable, int weeklyLimit, boolean partTime) {
	}

	private WorkerRules(ProblemDocument problem) {
		weekStart = problem.weekStart().atStartOfDay();
		travel = TravelTimes.of(problem);
		problem.members().forEach(m -> excludedByMember.put(m.id(), new HashSet<>(m.excludedWorkers())));
		for (Worker w : problem.workers()) {
			int max = w.maxMinutes() == null ? LEGAL_WEEKLY : Math.min(w.maxMinutes(), LEGAL_WEEKLY);
			int[] unavailable = w.unavailable().stream()
				.flatMapToInt(u -> Arrays.stream(new int[] { minute(u.start()), minute(u.end()) }))
				.toArray();
			workers.put(w.id(), new Facts(w, new HashSet<>(w.skills()), new HashSet<>(w.excludedMembers()),
					available(w), unavailable, max, Boolean.TRUE.equals(w.partTime())));
		}
	}

	public static WorkerRules of(ProblemDocument problem) {
		return new WorkerRules(problem);
	}

	public TravelTimes travel() {
		return travel;
	}

	public boolean knows(String workerId) {
		return workers.containsKey(workerId);
	}

	/** Minutes from the start of the week (negative before it). */
	public int minute(LocalDateTime time) {
		return (int) ChronoUnit.MINUTES.between(weekStart, time);
	}

	public LocalDateTime time(int minute) {
		return weekStart.plusMinutes(minute);
	}

	/** The weekly limit that applies: the contract maximum, never above 48 h. */
	public int weeklyLimit(String workerId) {
		return facts(workerId).weeklyLimit();
	}

	public Slot slot(Request request, int index, int start) {
		return new Slot(request, index, start, start + request.durationMinutes(), travel.index(request.site()));
	}

	/** Whether the worker may serve the request at all: skill and exclusions, whatever the time. */
	public boolean mayServe(String workerId, Request request) {
		Facts f = facts(workerId);
		Slot any = new Slot(request, 0, 0, 0, -1);
		return skill(f, any, null) && exclusions(f, any, null);
	}

	/** Whether the worker may take this one shift: skill, exclusions, availability. */
	public boolean allowsShift(String workerId, Slot slot) {
		return checkShift(facts(workerId), slot, null);
	}

	/** Whether the worker's whole week, sorted by {@link Slot#BY_TIME}, keeps every per-worker sequence rule. */
	public boolean allowsSchedule(String workerId, List<Slot> sorted) {
		return checkSchedule(facts(workerId), sorted, null);
	}

	void checkShift(String workerId, Slot slot, List<Violation> out) {
		checkShift(facts(workerId), slot, out);
	}

	void checkSchedule(String workerId, List<Slot> sorted, List<Violation> out) {
		checkSchedule(facts(workerId), sorted, out);
	}

	/** Worked minutes (shifts plus travel within duty periods) and the travel part, of a sorted week. */
	public Work work(List<Slot> sorted) {
		int worked = 0;
		int travelled = 0;
		for (int i = 0; i < sorted.size(); i++) {
			worked += sorted.get(i).minutes();
			travelled += travelBefore(sorted, i);
		}
		return new Work(worked + travelled, travelled);
	}

	/** A worker's week in minutes: everything worked, travel included, and the travel alone. */
	public record Work(int workedMinutes, int travelMinutes) {
	}

	private Facts facts(String workerId) {
		Facts facts = workers.get(workerId);
		if (facts == null) {
			throw new IllegalArgumentException("unknown worker " + workerId);
		}
		return facts;
	}

	/** Travel counts before a shift only from the previous shift of the same duty period. */
	private int travelBefore(List<Slot> sorted, int i) {
		if (i == 0) {
			return 0;
		}
		Slot prev = sorted.get(i - 1);
		Slot cur = sorted.get(i);
		return cur.start() - prev.end() < DUTY_GAP ? travel.minutes(prev.site(), cur.site()) : 0;
	}

	private boolean checkShift(Facts f, Slot slot, @Nullable List<Violation> out) {
		return skill(f, slot, out) & exclusions(f, slot, out) & availability(f, slot, out);
	}

	private boolean checkSchedule(Facts f, List<Slot> sorted, @Nullable List<Violation> out) {
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

	// --- one shift -------------------------------------------------------------------------------------------

	// the worker holds the request's skill
	private boolean skill(Facts f, Slot slot, @Nullable List<Violation> out) {
		if (f.skills().contains(slot.request().skill())) {
			return true;
		}
		report(out, Rule.SKILL, f, slot, () -> "lacks skill " + slot.request().skill());
		return false;
	}

	// a member may exclude a worker and a worker a member
	private boolean exclusions(Facts f, Slot slot, @Nullable List<Violation> out) {
		String member = slot.request().member();
		boolean ok = true;
		if (excludedByMember.getOrDefault(member, Set.of()).contains(f.worker().id())) {
			report(out, Rule.EXCLUDED_BY_MEMBER, f, slot, () -> "member " + member + " excludes this worker");
			ok = false;
		}
		if (f.excludedMembers().contains(member)) {
			report(out, Rule.EXCLUDED_BY_WORKER, f, slot, () -> "worker excludes member " + member);
			ok = false;
		}
		return ok;
	}

	// inside the weekly availability pattern when given, outside every declared unavailability
	private boolean availability(Facts f, Slot slot, @Nullable List<Violation> out) {
		boolean ok = true;
		int[] available = f.available();
		if (available != null) {
			boolean inside = false;
			for (int i = 0; i < available.length && !inside; i += 2) {
				inside = available[i] <= slot.start() && slot.end() <= available[i + 1];
			}
			if (!inside) {
				report(out, Rule.AVAILABILITY, f, slot,
						() -> "shift " + when(slot) + " is outside the worker's weekly availability");
				ok = false;
			}
		}
		int[] unavailable = f.unavailable();
		for (int i = 0; i < unavailable.length && (ok || out != null); i += 2) {
			if (slot.start() < unavailable[i + 1] && unavailable[i] < slot.end()) {
				int u = i;
				report(out, Rule.UNAVAILABLE, f, slot, () -> "shift " + when(slot) + " meets an unavailability "
						+ time(unavailable[u]) + " to " + time(unavailable[u + 1]));
				ok = false;
			}
		}
		return ok;
	}

	// --- the whole week of one worker ------------------------------------------------------------------------

	// next.start >= prev.end + travel: travel between workplaces is working time (Cass. soc. 5 Nov 2003)
	private boolean noOverlap(Facts f, List<Slot> s, @Nullable List<Violation> out) {
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
						+ prev.request().id() + "#" + prev.index() + " plus " + travelled + " min of travel");
				ok = false;
			}
		}
		return ok;
	}

	// at most 10 h of work per calendar day, travel included (L3121-18)
	private boolean workPerDay(Facts f, List<Slot> s, @Nullable List<Violation> out) {
		int firstDay = Math.floorDiv(s.get(0).start(), DAY);
		int[] work = new int[Math.floorDiv(maxEnd(s) - 1, DAY) - firstDay + 1];
		for (int i = 0; i < s.size(); i++) {
			Slot slot = s.get(i);
			work[Math.floorDiv(slot.start(), DAY) - firstDay] += travelBefore(s, i);
			addPerDay(work, firstDay, slot);
		}
		boolean ok = true;
		for (int d = 0; d < work.length; d++) {
			if (work[d] > MAX_DAILY) {
				if (out == null) {
					return false;
				}
				int day = firstDay + d;
				int minutes = work[d];
				out.add(new Violation(Rule.DAILY_MAX, f.worker().id(), null, null,
						minutes + " min of work on " + time(day * DAY).toLocalDate() + ", above " + MAX_DAILY));
				ok = false;
			}
		}
		return ok;
	}

	// at most the contract maximum and at most 48 h a week, travel included (L3121-20)
	private boolean workPerWeek(Facts f, List<Slot> s, @Nullable List<Violation> out) {
		int worked = work(s).workedMinutes();
		if (worked <= f.weeklyLimit()) {
			return true;
		}
		if (out != null) {
			out.add(new Violation(Rule.WEEKLY_MAX, f.worker().id(), null, null,
					worked + " min of work in the week, above the limit of " + f.weeklyLimit()));
		}
		return false;
	}

	// a gap of 11 h or more starts a new duty period; each spans at most 13 h (L3131-1)
	private boolean dutyPeriods(Facts f, List<Slot> s, @Nullable List<Violation> out) {
		boolean ok = true;
		int first = 0;
		int end = s.get(0).end();
		for (int i = 1; i <= s.size(); i++) {
			if (i == s.size() || s.get(i).start() - s.get(i - 1).end() >= DUTY_GAP) {
				int span = end - s.get(first).start();
				if (span > MAX_DUTY_SPAN) {
					if (out == null) {
						return false;
					}
					Slot from = s.get(first);
					report(out, Rule.DUTY_SPAN, f, from,
							() -> "duty period from " + time(from.start()) + " spans " + span + " min, above "
									+ MAX_DUTY_SPAN);
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
	private boolean weeklyRest(Facts f, List<Slot> s, @Nullable List<Violation> out) {
		int longest = s.get(0).start();
		int end = s.get(0).end();
		for (int i = 1; i < s.size(); i++) {
			longest = Math.max(longest, s.get(i).start() - end);
			end = Math.max(end, s.get(i).end());
		}
		longest = Math.max(longest, WEEK - end);
		boolean ok = true;
		if (longest < WEEKLY_REST) {
			if (out == null) {
				return false;
			}
			int rest = longest;
			out.add(new Violation(Rule.WEEKLY_REST, f.worker().id(), null, null,
					"longest rest in the week is " + rest + " min, below " + WEEKLY_REST));
			ok = false;
		}
		int firstDay = Math.floorDiv(s.get(0).start(), DAY);
		int[] work = new int[Math.floorDiv(end - 1, DAY) - firstDay + 1];
		s.forEach(slot -> addPerDay(work, firstDay, slot));
		long days = Arrays.stream(work).filter(minutes -> minutes > 0).count();
		if (days > MAX_WORKING_DAYS) {
			if (out == null) {
				return false;
			}
			out.add(new Violation(Rule.WORKING_DAYS, f.worker().id(), null, null,
					days + " working days in the week, above " + MAX_WORKING_DAYS));
			ok = false;
		}
		return ok;
	}

	// shifts less than 20 min apart (travel is work) form a stretch; a stretch of several is at most 6 h (L3121-16)
	private boolean breaks(Facts f, List<Slot> s, @Nullable List<Violation> out) {
		boolean ok = true;
		int first = 0;
		for (int i = 1; i <= s.size(); i++) {
			if (i == s.size() || idle(s, i) >= BREAK_IDLE) {
				int span = s.get(i - 1).end() - s.get(first).start();
				if (i - first >= 2 && span > MAX_STRETCH) {
					if (out == null) {
						return false;
					}
					Slot from = s.get(first);
					report(out, Rule.BREAK, f, from, () -> "work from " + time(from.start()) + " runs " + span
							+ " min without a break of " + BREAK_IDLE + " min");
					ok = false;
				}
				first = i;
			}
		}
		return ok;
	}

	// part-time: at most one interruption a day (idle over 30 min), never over 2 h (L3123-30)
	private boolean partTimeIdle(Facts f, List<Slot> s, @Nullable List<Violation> out) {
		if (!f.partTime()) {
			return true;
		}
		boolean ok = true;
		int interruptions = 0;
		for (int i = 1; i < s.size(); i++) {
			if (s.get(i).start() - s.get(i - 1).end() >= DUTY_GAP) {
				interruptions = 0;
				continue;
			}
			int idle = idle(s, i);
			Slot cur = s.get(i);
			if (idle > MAX_IDLE) {
				if (out == null) {
					return false;
				}
				report(out, Rule.PART_TIME_LONG_IDLE, f, cur,
						() -> "part-time worker idle " + idle + " min before this shift, above " + MAX_IDLE);
				ok = false;
			}
			if (idle > SHORT_IDLE && ++interruptions == 2) {
				if (out == null) {
					return false;
				}
				report(out, Rule.PART_TIME_INTERRUPTIONS, f, cur,
						() -> "part-time worker's second interruption of more than " + SHORT_IDLE
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

	private static void addPerDay(int[] work, int firstDay, Slot slot) {
		for (int d = Math.floorDiv(slot.start(), DAY); d * DAY < slot.end(); d++) {
			work[d - firstDay] += Math.min(slot.end(), (d + 1) * DAY) - Math.max(slot.start(), d * DAY);
		}
	}

	private String when(Slot slot) {
		return time(slot.start()) + "–" + time(slot.end()).toLocalTime();
	}

	private static void report(@Nullable List<Violation> out, Rule rule, Facts f, Slot slot,
			java.util.function.Supplier<String> detail) {
		if (out != null) {
			out.add(new Violation(rule, f.worker().id(), slot.request().id(), slot.index(), detail.get()));
		}
	}

	/** Merged availability intervals over the week and the day either side, or null when always available. */
	private int @Nullable [] available(Worker w) {
		if (w.availability().isEmpty()) {
			return null;
		}
		List<int[]> intervals = new ArrayList<>();
		for (int d = -1; d <= 7; d++) {
			DayOfWeek day = weekStart.toLocalDate().plusDays(d).getDayOfWeek();
			for (ProblemDocument.Availability a : w.availability()) {
				if (a.day() == day) {
					int from = a.from().toSecondOfDay() / 60;
					int to = a.to().toSecondOfDay() / 60;
					// "to": "00:00" reads as the end of the day
					intervals.add(new int[] { d * DAY + from, d * DAY + (to <= from ? DAY : to) });
				}
			}
		}
		intervals.sort((a, b) -> Integer.compare(a[0], b[0]));
		List<Integer> merged = new ArrayList<>();
		for (int[] iv : intervals) {
			int last = merged.size() - 1;
			if (last > 0 && iv[0] <= merged.get(last)) {
				merged.set(last, Math.max(merged.get(last), iv[1]));
			}
			else {
				merged.add(iv[0]);
				merged.add(iv[1]);
			}
		}
		return merged.stream().mapToInt(Integer::intValue).toArray();
	}

}
