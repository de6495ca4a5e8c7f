package fr.mosaic.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import fr.mosaic.interchange.AllowedStarts;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Priority;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ShiftKey;
import fr.mosaic.planning.validation.Slot;
import fr.mosaic.planning.validation.WorkerRules;

/**
 * A first-fit baseline for the benchmark: pins first, then contracted before extra, fixed before flexible and longer
 * before shorter; each shift takes the first start, then the first worker, that keeps every hard rule. The rules are
 * the validator's own {@link WorkerRules}, so whatever the greedy places the validator accepts.
 */
public final class GreedyPlanner {

	public static final String REASON = "no feasible worker (greedy)";

	public PlanDocument plan(ProblemDocument problem) {
		return new Run(problem).plan();
	}

	/** One planning run's state: each worker's sorted week and what has been placed. */
	private static final class Run {

		private final ProblemDocument problem;

		private final WorkerRules rules;

		private final Map<String, List<Slot>> weeks = new LinkedHashMap<>();

		private final Map<String, Integer> worked = new HashMap<>();

		private final Map<ShiftKey, Placement> placed = new HashMap<>();

		private final Map<String, Set<Integer>> daysUsed = new HashMap<>();

		private record Placement(String worker, Slot slot, boolean pinned) {
		}

		Run(ProblemDocument problem) {
			this.problem = problem;
			this.rules = WorkerRules.of(problem);
			problem.workers().forEach(w -> {
				weeks.put(w.id(), new ArrayList<>());
				worked.put(w.id(), 0);
			});
		}

		PlanDocument plan() {
			Map<String, Request> requests = new HashMap<>();
			problem.requests().forEach(r -> requests.putIfAbsent(r.id(), r));
			for (ProblemDocument.Pin pin : problem.pinned()) {
				Request request = requests.get(pin.request());
				if (request != null && pin.index() != null && pin.index() >= 0 && pin.index() < request.count()
						&& weeks.containsKey(pin.worker())) {
					pin(request, pin);
				}
			}
			List<Shift> shifts = new ArrayList<>();
			for (Request request : problem.requests()) {
				for (int i = 0; i < request.count(); i++) {
					if (!placed.containsKey(new ShiftKey(request.id(), i))) {
						shifts.add(new Shift(request, i, shifts.size()));
					}
				}
			}
			shifts.sort(Comparator.comparing((Shift s) -> s.request().priority() != Priority.CONTRACTED)
					.thenComparing(s -> !fixed(s.request())).thenComparing(s -> -s.request().durationMinutes())
					.thenComparingInt(Shift::order));
			Map<String, List<String>> eligible = new HashMap<>();
			Map<String, int[]> starts = new HashMap<>();
			for (Shift shift : shifts) {
				Request request = shift.request();
				List<String> candidates = eligible.computeIfAbsent(request.id(),
						id -> weeks.keySet().stream().filter(w -> rules.mayServe(w, request)).toList());
				place(shift, starts.computeIfAbsent(request.id(), id -> starts(request)), candidates);
			}
			return Summaries.plan(problem, rules, weeks, this::placement, REASON);
		}

		private Summaries.@Nullable Placed placement(Request request, int index) {
			Placement p = placed.get(new ShiftKey(request.id(), index));
			return p == null ? null : new Summaries.Placed(p.worker(), p.slot(), p.pinned());
		}

		private void pin(Request request, ProblemDocument.Pin pin) {
			if (pin.start() != null) {
				add(pin.worker(), rules.slot(request, pin.index(), rules.minute(pin.start())), true);
				return;
			}
			// a pin without a start fixes the worker only: take that worker's first fitting start
			for (int start : starts(request)) {
				Slot slot = rules.slot(request, pin.index(), start);
				if (fits(pin.worker(), slot)) {
					add(pin.worker(), slot, true);
					return;
				}
			}
		}

		private void place(Shift shift, int[] starts, List<String> candidates) {
			Request request = shift.request();
			Set<Integer> days = daysUsed.getOrDefault(request.id(), Set.of());
			for (int start : starts) {
				if (request.distinctDays() && days.contains(rules.day(start))) {
					continue;
				}
				Slot slot = rules.slot(request, shift.index(), start);
				for (String worker : candidates) {
					if (worked.get(worker) + request.durationMinutes() <= rules.weeklyLimit(worker)
							&& rules.allowsShift(worker, slot) && fits(worker, slot)) {
						add(worker, slot, false);
						return;
					}
				}
			}
		}

		/** Whether the slot fits the worker's week: the neighbours first, as a cheap filter, then every rule. */
		private boolean fits(String worker, Slot slot) {
			List<Slot> week = weeks.get(worker);
			int at = insertionPoint(week, slot);
			if (at > 0 && slot.start() < week.get(at - 1).end()
					+ rules.travel().minutes(week.get(at - 1).site(), slot.site())) {
				return false;
			}
			if (at < week.size()
					&& week.get(at).start() < slot.end() + rules.travel().minutes(slot.site(), week.get(at).site())) {
				return false;
			}
			List<Slot> tried = new ArrayList<>(week.size() + 1);
			tried.addAll(week);
			tried.add(at, slot);
			return rules.allowsSchedule(worker, tried);
		}

		private void add(String worker, Slot slot, boolean pinned) {
			List<Slot> week = weeks.get(worker);
			week.add(insertionPoint(week, slot), slot);
			worked.put(worker, rules.work(week).workedMinutes());
			placed.put(new ShiftKey(slot.request().id(), slot.index()), new Placement(worker, slot, pinned));
			daysUsed.computeIfAbsent(slot.request().id(), id -> new HashSet<>()).add(rules.day(slot.start()));
		}

		private static int insertionPoint(List<Slot> week, Slot slot) {
			int at = Collections.binarySearch(week, slot, Slot.BY_TIME);
			return at < 0 ? -at - 1 : at;
		}

		/** Every allowed start of the request, in time order, without repeats. */
		private int[] starts(Request request) {
			TreeSet<Integer> starts = new TreeSet<>();
			for (ProblemDocument.Window window : request.windows()) {
				AllowedStarts.inWindow(rules.minute(window.start()), rules.minute(window.end()),
						request.durationMinutes(), request.startStepMinutes()).forEach(starts::add);
			}
			return starts.stream().mapToInt(Integer::intValue).toArray();
		}

		// one window exactly one shift long, in elapsed minutes
		private boolean fixed(Request request) {
			return request.windows().stream()
					.allMatch(w -> rules.minute(w.end()) - rules.minute(w.start()) == request.durationMinutes());
		}

	}

	private record Shift(Request request, int index, int order) {
	}

}
