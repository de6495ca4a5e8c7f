package fr.mosaic.planning.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ShiftKey;
import fr.mosaic.interchange.WallTime;

/**
 * Recomputes every rule of the spec's "Rules a plan must keep" from a problem and a plan alone. It shares no rule code
 * with the solver, so it can check the solver's answers independently: only the legal figures ({@code LabourLaw}) and
 * the spec's travel formula ({@code TravelTimes}) are common. Violations come back in a stable order: structure and
 * requests first, then per-worker rules worker by worker.
 */
public final class PlanValidator {

	public List<Violation> validate(ProblemDocument problem, PlanDocument plan) {
		WorkerRules rules = WorkerRules.of(problem);
		List<Violation> out = new ArrayList<>();
		if (!Objects.equals(problem.weekStart(), plan.weekStart())) {
			out.add(new Violation(Rule.WEEK_MISMATCH, null, null, null,
					"plan is for week " + plan.weekStart() + ", problem for " + problem.weekStart()));
		}
		Map<String, Request> requests = new HashMap<>();
		problem.requests().forEach(r -> requests.putIfAbsent(r.id(), r));
		Map<String, PlanDocument.Shift[]> seen = new HashMap<>();
		Map<String, List<Slot>> byWorker = new HashMap<>();
		for (PlanDocument.Shift shift : plan.shifts()) {
			Request request = requests.get(shift.request());
			if (request == null || shift.index() < 0 || shift.index() >= request.count()) {
				out.add(shiftViolation(Rule.UNKNOWN_SHIFT, shift, "no such shift in the problem"));
				continue;
			}
			PlanDocument.Shift[] ofRequest = seen.computeIfAbsent(request.id(),
					id -> new PlanDocument.Shift[request.count()]);
			if (ofRequest[shift.index()] != null) {
				out.add(shiftViolation(Rule.DUPLICATE_SHIFT, shift, "shift appears more than once"));
				continue;
			}
			ofRequest[shift.index()] = shift;
			Slot slot = structure(rules, request, shift, out);
			String worker = shift.worker();
			if (slot != null && worker != null) {
				rules.checkShift(worker, slot, out);
				byWorker.computeIfAbsent(worker, w -> new ArrayList<>()).add(slot);
			}
		}
		for (Request request : problem.requests()) {
			PlanDocument.Shift[] ofRequest = seen.getOrDefault(request.id(), new PlanDocument.Shift[request.count()]);
			for (int i = 0; i < request.count(); i++) {
				if (ofRequest[i] == null) {
					out.add(new Violation(Rule.MISSING_SHIFT, null, request.id(), i, "shift is missing from the plan"));
				}
			}
			distinctDays(rules, request, ofRequest, out);
		}
		pins(rules, problem, seen, out);
		for (ProblemDocument.Worker worker : problem.workers()) {
			List<Slot> slots = byWorker.getOrDefault(worker.id(), List.of());
			if (!slots.isEmpty()) {
				slots.sort(Slot.BY_TIME);
				rules.checkSchedule(worker.id(), slots, out);
			}
		}
		return out;
	}

	/** Checks a shift's own fields and window; returns its slot when it is a covered shift to check further. */
	private static @Nullable Slot structure(WorkerRules rules, Request request, PlanDocument.Shift shift,
			List<Violation> out) {
		String worker = shift.worker();
		if (worker == null) {
			if (shift.start() != null || shift.end() != null) {
				out.add(shiftViolation(Rule.INCOMPLETE_SHIFT, shift, "uncovered shift has a start or end"));
			}
			if (shift.reason() == null || shift.reason().isBlank()) {
				out.add(shiftViolation(Rule.MISSING_REASON, shift, "uncovered shift gives no reason"));
			}
			return null;
		}
		WallTime start = shift.start();
		WallTime end = shift.end();
		if (start == null || end == null) {
			out.add(shiftViolation(Rule.INCOMPLETE_SHIFT, shift, "covered shift lacks a start or end"));
			return null;
		}
		if (!rules.knows(worker)) {
			out.add(shiftViolation(Rule.UNKNOWN_WORKER, shift, "no worker " + worker + " in the problem"));
			return null;
		}
		// a time the clocks skip, or an offset the zone has not then, is no moment at all
		for (WallTime time : List.of(start, end)) {
			if (!rules.exists(time)) {
				out.add(shiftViolation(Rule.INVALID_TIME, shift, time + " is not a time of the problem's zone"));
				return null;
			}
		}
		// the duration is elapsed time: across a change of the clocks the end reads an hour off
		if (rules.minute(end) != rules.minute(start) + request.durationMinutes()) {
			out.add(shiftViolation(Rule.WRONG_END, shift,
					"end " + end + " is not " + request.durationMinutes() + " min after the start " + start));
		}
		Slot slot = rules.slot(request, shift.index(), rules.minute(start));
		if (!inWindow(rules, request, slot.start())) {
			out.add(shiftViolation(Rule.OUTSIDE_WINDOW, shift, "start " + start
					+ " does not fit a window of the request at a multiple of " + request.startStepMinutes() + " min"));
		}
		return slot;
	}

	// [t, t+duration) inside one window, t - window.start a multiple of the step. The validator's own reading of the
	// spec, on purpose: it is the second opinion on interchange.AllowedStarts, which the solver and the checker use.
	private static boolean inWindow(WorkerRules rules, Request request, int start) {
		for (ProblemDocument.Window window : request.windows()) {
			int from = rules.minute(window.start());
			int to = rules.minute(window.end());
			if (from <= start && start + request.durationMinutes() <= to
					&& (start - from) % Math.max(1, request.startStepMinutes()) == 0) {
				return true;
			}
		}
		return false;
	}

	// with distinctDays, the covered shifts of a request start on different calendar days
	private static void distinctDays(WorkerRules rules, Request request, PlanDocument.Shift[] shifts,
			List<Violation> out) {
		if (!request.distinctDays()) {
			return;
		}
		Map<Integer, Integer> dayToIndex = new HashMap<>();
		for (PlanDocument.Shift shift : shifts) {
			if (shift != null && shift.worker() != null && shift.start() != null) {
				int day = rules.day(rules.minute(shift.start()));
				Integer other = dayToIndex.putIfAbsent(day, shift.index());
				if (other != null) {
					out.add(shiftViolation(Rule.DISTINCT_DAYS, shift,
							"falls on the same day as shift " + new ShiftKey(request.id(), other)));
				}
			}
		}
	}

	// the coordinator's pins keep their worker and start
	private static void pins(WorkerRules rules, ProblemDocument problem, Map<String, PlanDocument.Shift[]> seen,
			List<Violation> out) {
		for (ProblemDocument.Pin pin : problem.pinned()) {
			PlanDocument.Shift[] shifts = seen.get(pin.request());
			PlanDocument.Shift shift = shifts == null || pin.index() == null || pin.index() < 0
					|| pin.index() >= shifts.length ? null : shifts[pin.index()];
			if (shift == null || !Objects.equals(shift.worker(), pin.worker()) || (pin.start() != null
					&& (shift.start() == null || rules.minute(pin.start()) != rules.minute(shift.start())))) {
				out.add(new Violation(Rule.PIN_BROKEN, pin.worker(), pin.request(), pin.index(),
						"pinned to " + pin.worker() + (pin.start() == null ? "" : " at " + pin.start())
								+ " but planned "
								+ (shift == null ? "nowhere" : shift.worker() + " at " + shift.start())));
			}
		}
	}

	private static Violation shiftViolation(Rule rule, PlanDocument.Shift shift, String detail) {
		return new Violation(rule, shift.worker(), shift.request(), shift.index(), detail);
	}

}
