package fr.mosaic.planning.validation;

import static fr.mosaic.base.LabourLaw.MAX_WEEKLY_WORK_MINUTES;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ProblemDocument.Worker;
import fr.mosaic.interchange.WallTime;

/**
 * The per-worker rules of the spec, written once for both the validator (which collects every violation) and a planner
 * (which asks whether a schedule is allowed and stops at the first breach). The rules on one shift are here, those on
 * the whole week in {@link WeekRules}. Each rule method takes a nullable list: {@code null} means fail fast and build
 * no messages.
 */
public final class WorkerRules {

	private final WeekClock clock;

	private final TravelMatrix travel;

	private final WeekRules week;

	private final Map<String, WorkerFacts> workers = new HashMap<>();

	private final Map<String, Set<String>> excludedByMember = new HashMap<>();

	private WorkerRules(ProblemDocument problem) {
		clock = new WeekClock(problem.weekStart(), ZoneId.of(problem.timeZone()));
		travel = TravelMatrix.of(problem);
		week = new WeekRules(clock, travel);
		problem.members().forEach(m -> excludedByMember.put(m.id(), new HashSet<>(m.excludedWorkers())));
		for (Worker w : problem.workers()) {
			int max = w.maxMinutes() == null
					? MAX_WEEKLY_WORK_MINUTES
					: Math.min(w.maxMinutes(), MAX_WEEKLY_WORK_MINUTES);
			int[] unavailable = w.unavailable().stream()
					.flatMapToInt(u -> Arrays.stream(new int[] { minute(u.start()), minute(u.end()) })).toArray();
			workers.put(w.id(),
					new WorkerFacts(w.id(), new HashSet<>(w.skills()), new HashSet<>(w.excludedMembers()),
							w.contractMembers() == null ? null : new HashSet<>(w.contractMembers()),
							w.contractSites() == null ? null : new HashSet<>(w.contractSites()), available(w),
							unavailable, max, Boolean.TRUE.equals(w.partTime())));
		}
	}

	public static WorkerRules of(ProblemDocument problem) {
		return new WorkerRules(problem);
	}

	public TravelMatrix travel() {
		return travel;
	}

	public boolean knows(String workerId) {
		return workers.containsKey(workerId);
	}

	/** Elapsed minutes from the start of the week (negative before it); a repeated time is its first occurrence. */
	public int minute(WallTime time) {
		return clock.minute(time);
	}

	/** An elapsed minute as a plan writes it, with the offset when the clocks repeat that time. */
	public WallTime time(int minute) {
		return clock.time(minute);
	}

	/** The calendar day (0 is Monday) an elapsed minute falls on; days run from local midnight to local midnight. */
	public int day(int minute) {
		return clock.day(minute);
	}

	/** Whether a time exists in the problem's zone, with its offset if it gives one. */
	boolean exists(WallTime time) {
		return clock.exists(time);
	}

	/** The weekly limit that applies: the contract maximum, never above 48 h. */
	public int weeklyLimit(String workerId) {
		return facts(workerId).weeklyLimit();
	}

	public Slot slot(Request request, int index, int start) {
		return new Slot(request, index, start, start + request.durationMinutes(), travel.index(request.site()));
	}

	/** Whether the worker may serve the request at all: skill, exclusions and contract, whatever the time. */
	public boolean mayServe(String workerId, Request request) {
		WorkerFacts f = facts(workerId);
		Slot any = new Slot(request, 0, 0, 0, -1);
		return skill(f, any, null) && exclusions(f, any, null) && contract(f, any, null);
	}

	/** Whether the worker may take this one shift: skill, exclusions, contract, availability. */
	public boolean allowsShift(String workerId, Slot slot) {
		return checkShift(facts(workerId), slot, null);
	}

	/** Whether the worker's whole week, sorted by {@link Slot#BY_TIME}, keeps every per-worker sequence rule. */
	public boolean allowsSchedule(String workerId, List<Slot> sorted) {
		return week.check(facts(workerId), sorted, null);
	}

	void checkShift(String workerId, Slot slot, List<Violation> out) {
		checkShift(facts(workerId), slot, out);
	}

	void checkSchedule(String workerId, List<Slot> sorted, List<Violation> out) {
		week.check(facts(workerId), sorted, out);
	}

	/** Worked minutes (shifts plus travel within duty periods) and the travel part, of a sorted week. */
	public Work work(List<Slot> sorted) {
		return week.work(sorted);
	}

	/** A worker's week in minutes: everything worked, travel included, and the travel alone. */
	public record Work(int workedMinutes, int travelMinutes) {
	}

	private WorkerFacts facts(String workerId) {
		WorkerFacts facts = workers.get(workerId);
		if (facts == null) {
			throw new IllegalArgumentException("unknown worker " + workerId);
		}
		return facts;
	}

	private boolean checkShift(WorkerFacts f, Slot slot, @Nullable List<Violation> out) {
		if (out == null) {
			return skill(f, slot, null) && exclusions(f, slot, null) && contract(f, slot, null)
					&& availability(f, slot, null);
		}
		return skill(f, slot, out) & exclusions(f, slot, out) & contract(f, slot, out) & availability(f, slot, out);
	}

	// --- one shift -------------------------------------------------------------------------------------------

	// the worker holds the request's skill
	private boolean skill(WorkerFacts f, Slot slot, @Nullable List<Violation> out) {
		if (f.skills().contains(slot.request().skill())) {
			return true;
		}
		WeekRules.report(out, Rule.SKILL, f, slot, () -> "lacks skill " + slot.request().skill());
		return false;
	}

	// a member may exclude a worker and a worker a member
	private boolean exclusions(WorkerFacts f, Slot slot, @Nullable List<Violation> out) {
		String member = slot.request().member();
		boolean ok = true;
		if (excludedByMember.getOrDefault(member, Set.of()).contains(f.id())) {
			WeekRules.report(out, Rule.EXCLUDED_BY_MEMBER, f, slot, () -> "member " + member + " excludes this worker");
			ok = false;
		}
		if (f.excludedMembers().contains(member)) {
			WeekRules.report(out, Rule.EXCLUDED_BY_WORKER, f, slot, () -> "worker excludes member " + member);
			ok = false;
		}
		return ok;
	}

	// the worker serves only the members and places of work their written contract names, when it names some
	// (Code du travail L1253-9)
	private boolean contract(WorkerFacts f, Slot slot, @Nullable List<Violation> out) {
		boolean ok = true;
		String member = slot.request().member();
		if (f.contractMembers() != null && !f.contractMembers().contains(member)) {
			WeekRules.report(out, Rule.OUTSIDE_CONTRACT, f, slot, () -> "member " + member + " is not in the contract");
			ok = false;
		}
		String site = slot.request().site();
		if (f.contractSites() != null && !f.contractSites().contains(site)) {
			WeekRules.report(out, Rule.PLACE_OUTSIDE_CONTRACT, f, slot,
					() -> "place of work " + site + " is not in the contract");
			ok = false;
		}
		return ok;
	}

	// inside the weekly availability pattern when given, outside every declared unavailability
	private boolean availability(WorkerFacts f, Slot slot, @Nullable List<Violation> out) {
		boolean ok = true;
		int[] available = f.available();
		if (available != null) {
			boolean inside = false;
			for (int i = 0; i < available.length && !inside; i += 2) {
				inside = available[i] <= slot.start() && slot.end() <= available[i + 1];
			}
			if (!inside) {
				WeekRules.report(out, Rule.AVAILABILITY, f, slot,
						() -> "shift " + week.when(slot) + " is outside the worker's weekly availability");
				ok = false;
			}
		}
		int[] unavailable = f.unavailable();
		for (int i = 0; i < unavailable.length && (ok || out != null); i += 2) {
			if (slot.start() < unavailable[i + 1] && unavailable[i] < slot.end()) {
				int u = i;
				WeekRules.report(out, Rule.UNAVAILABLE, f, slot, () -> "shift " + week.when(slot)
						+ " meets an unavailability " + time(unavailable[u]) + " to " + time(unavailable[u + 1]));
				ok = false;
			}
		}
		return ok;
	}

	/**
	 * Availability as merged elapsed-minute intervals over the week and the day either side, or null when always
	 * available. Entries form one set of hours: touching ones join, across midnight too; a "to" of midnight ends the
	 * day, however long the clocks make it.
	 */
	private int @Nullable [] available(Worker w) {
		if (w.availability().isEmpty()) {
			return null;
		}
		List<int[]> intervals = new ArrayList<>();
		for (int d = -1; d <= 7; d++) {
			LocalDate date = clock.date(d);
			for (ProblemDocument.Availability a : w.availability()) {
				if (a.day() == date.getDayOfWeek()) {
					int to = a.endsAtMidnight() ? clock.dayStart(d + 1) : clock.bound(date.atTime(a.to()));
					intervals.add(new int[] { clock.bound(date.atTime(a.from())), to });
				}
			}
		}
		intervals.sort((a, b) -> Integer.compare(a[0], b[0]));
		List<Integer> merged = new ArrayList<>();
		for (int[] iv : intervals) {
			int last = merged.size() - 1;
			if (last > 0 && iv[0] <= merged.get(last)) {
				merged.set(last, Math.max(merged.get(last), iv[1]));
			} else {
				merged.add(iv[0]);
				merged.add(iv[1]);
			}
		}
		return merged.stream().mapToInt(Integer::intValue).toArray();
	}

}
