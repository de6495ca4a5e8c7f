package fr.mosaic.benchmark;

import static fr.mosaic.base.LabourLaw.BREAK_MINUTES;
import static fr.mosaic.base.LabourLaw.DAILY_REST_MINUTES;
import static fr.mosaic.base.LabourLaw.INTERRUPTION_THRESHOLD_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_DAILY_WORK_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_DUTY_SPAN_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_PART_TIME_INTERRUPTION_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_WORKING_DAYS;
import static fr.mosaic.base.LabourLaw.MAX_WORK_WITHOUT_BREAK_MINUTES;
import static fr.mosaic.base.LabourLaw.WEEKLY_REST_MINUTES;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import fr.mosaic.interchange.AllowedStarts;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ProblemDocument.Worker;
import fr.mosaic.planning.validation.Slot;
import fr.mosaic.planning.validation.WorkerRules;

/**
 * How good the best legal plan of a week could be, computed with OR-Tools (CP-SAT and the LP solver GLOP) and nothing
 * of Timefold: an upper bound on the coverable minutes and a lower bound on the contract shortfall.
 * <p>
 * The <em>relaxed</em> model counts, per request, worker and day, how many of the request's shifts the worker starts
 * that day. It keeps skills, exclusions, the members a contract names, windows with their step, availability and leave
 * (a worker is offered a day only if one allowed start that day fits them), distinct days, the daily 10 h (counting of
 * each shift the fewest minutes any fitting start that day puts on that day), the weekly maximum and the six working
 * days; up to M's size, it also keeps that a worker's shifts never overlap, as energy rows (each interval of a worker's
 * day holds at most its length of the least minutes each shift spends in it). It drops the rest of the order of shifts
 * in a day (travel, the 13 h duty period, breaks, part-time interruptions), the 35 h weekly rest and pins. For the
 * shortfall it lets travel add up to the longest journey of the week between two shifts of a day. It is written once as
 * a {@link LinearModel}; GLOP always solves its LP relaxation (seconds, even on XL's four million columns) and CP-SAT
 * also bounds it as an integer model when it is small ({@link #CP_SAT_OFFER_LIMIT}); the tighter figure is kept,
 * labelled {@link Kind#LP} or {@link Kind#RELAXED}.
 * <p>
 * The <em>timed</em> model, for small weeks, is exact: it chooses a start per shift and worker and keeps every hard
 * rule, the order of each worker's shifts included ({@link DutyChains}: travel in the daily and weekly maxima, the 13 h
 * duty period, the 6 h without a break, part-time interruptions), the 35 h weekly rest, and forces pinned shifts. When
 * CP-SAT proves its optimum and the validator finds nothing in that plan, the figure is the true optimum
 * ({@link Kind#EXACT}); otherwise it is CP-SAT's bound on it.
 * <p>
 * The <em>day-pattern</em> model, up to M's size, has a column per set of shifts one worker could work in a day, with
 * the day's travel and part-time interruptions; GLOP solves its LP relaxation ({@link Kind#PATTERN_LP}), kept when it
 * is tighter than the relaxed model's bound.
 */
final class PlanBound {

	/** What a figure is. */
	enum Kind {

		/** The coverage of a legal plan proven best: nothing can do better. */
		EXACT("exact"),
		/**
		 * CP-SAT's bound on the exact (timed) model when its optimum is not proven in time: perhaps no plan reaches it.
		 */
		TIMED("exact model bound"),
		/** CP-SAT's bound on the relaxed model. */
		RELAXED("relaxed bound"),
		/**
		 * The proven optimum of the relaxed model's LP relaxation (GLOP), looser than or equal to CP-SAT's bound on the
		 * same model, but it comes back within seconds on every size.
		 */
		LP("LP bound"),
		/**
		 * The optimum of the day-pattern model's LP relaxation ({@link #patternModel}): it keeps a day's travel and
		 * part-time interruptions, which the relaxed model drops.
		 */
		PATTERN_LP("pattern LP bound"),
		/**
		 * Nothing was proven within the time: the figure is the trivial one (all requested minutes, no shortfall).
		 */
		NONE("no bound");

		final String label;

		Kind(String label) {
			this.label = label;
		}

	}

	/**
	 * @param coverableMinutes no legal plan covers more minutes
	 * @param shortfallMinutes no legal plan leaves workers less short of their contracts, in minutes (travel included
	 *        in work, as {@link PlanMetrics} counts it)
	 * @param plan the exact model's best legal plan within the time, proven best when {@code coverageKind} is
	 *        {@link Kind#EXACT}; null when that model was not tried (above S's size) or found no legal plan
	 * @param unservableMembers members no worker can serve at any allowed start, whatever else the plan holds (each
	 *        plan leaves them with nothing); -1 when not computed
	 */
	record Figures(long coverableMinutes, Kind coverageKind, long shortfallMinutes, Kind shortfallKind,
			@Nullable PlanDocument plan, int unservableMembers) {
	}

	/**
	 * Offers (request, worker and day) up to which CP-SAT also tries the relaxed model, the model gets its energy rows,
	 * and the pattern model is built: CP-SAT tightens M's LP bound a little, while on L (95,000 offers) it proved
	 * nothing better than the LP in a minute, and GLOP did not solve L's LP with the energy rows, nor L's pattern LP,
	 * within a minute.
	 */
	static final int CP_SAT_OFFER_LIMIT = 50_000;

	/**
	 * Patterns of one worker's day above which the pattern model is not built: a safeguard, as the model is only tried
	 * up to {@link #CP_SAT_OFFER_LIMIT} offers, where a day has a few hundred. L's weeks have about three million
	 * patterns, up to twenty thousand in a day; neither GLOP by column generation nor PDLP solved that LP in two
	 * minutes.
	 */
	static final int PATTERN_LIMIT = 20_000;

	/** Candidates above which the timed model is not tried: beyond S it does not prove anything in a minute. */
	static final int TIMED_CANDIDATE_LIMIT = 12_000;

	private final ProblemDocument problem;

	private final WorkerRules rules;

	private final int[] dayStarts = new int[10];

	private final Duration limit;

	PlanBound(ProblemDocument problem, Duration limit) {
		Loader.loadNativeLibraries();
		this.problem = problem;
		this.rules = WorkerRules.of(problem);
		this.limit = limit;
		for (int d = 0; d < dayStarts.length; d++) {
			dayStarts[d] = firstMinuteOfDay(d);
		}
	}

	/** Both bounds, each solve given {@code limit} of CP-SAT or GLOP time. */
	static Figures of(ProblemDocument problem, Duration limit) {
		return new PlanBound(problem, limit).figures();
	}

	Figures figures() {
		long requested = requestedMinutes();
		DayOffers offers = offers();
		Bound relaxedCoverage = relaxed(offers, false);
		Bound relaxedShortfall = relaxed(offers, true);
		Kind shortfallKind = relaxedShortfall == null ? Kind.NONE : relaxedShortfall.kind();
		long shortfallMinutes = relaxedShortfall == null ? 0 : Math.max(0, -relaxedShortfall.value());
		long coverage = relaxedCoverage == null ? requested : Math.min(requested, relaxedCoverage.value());
		Kind coverageKind = relaxedCoverage == null ? Kind.NONE : relaxedCoverage.kind();
		@Nullable
		LinearModel patterns = offers.size() <= CP_SAT_OFFER_LIMIT ? patternModel(offers) : null;
		Long patternLp = patterns == null ? null : patterns.lp(limit, requested);
		if (patternLp != null && patternLp < coverage) {
			coverage = patternLp;
			coverageKind = Kind.PATTERN_LP;
		}
		Set<String> served = new HashSet<>();
		for (int o = 0; o < offers.size(); o++) {
			served.add(problem.requests().get(offers.request[o]).member());
		}
		int unservable = (int) problem.requests().stream().map(Request::member).distinct()
				.filter(m -> !served.contains(m)).count();
		Timed timed = offers.candidates == null ? null : timed(offers.candidates);
		if (timed != null && timed.bound() <= coverage) {
			coverage = timed.bound();
			coverageKind = timed.proven() ? Kind.EXACT : Kind.TIMED;
		}
		return new Figures(coverage, coverageKind, shortfallMinutes, shortfallKind, timed == null ? null : timed.plan(),
				unservable);
	}

	/** A start of a request that fits a worker on its own: skill, exclusions, contract, window, availability. */
	private record Candidate(int request, int worker, int start, int end, int day, int minutesOnDay, int site) {
	}

	/** A bound in the maximised terms of its model, and what proved it. */
	private record Bound(long value, Kind kind) {
	}

	/**
	 * Per request, worker and day with at least one candidate, the fewest minutes a fitting start that day puts on that
	 * day, in plain arrays (XL has about four million); and the candidates themselves when there are few enough for the
	 * timed model, else null.
	 */
	private static final class DayOffers {

		private int[] request = new int[1024];

		private int[] worker = new int[1024];

		private int[] day = new int[1024];

		private int[] minutes = new int[1024];

		// the earliest and latest fitting start that day, in elapsed minutes of the week
		private int[] firstStart = new int[1024];

		private int[] lastStart = new int[1024];

		private int size;

		private @Nullable List<Candidate> candidates = new ArrayList<>();

		void add(int r, int w, int d, int onDay, int first, int last) {
			if (size == request.length) {
				request = Arrays.copyOf(request, size * 2);
				worker = Arrays.copyOf(worker, size * 2);
				day = Arrays.copyOf(day, size * 2);
				minutes = Arrays.copyOf(minutes, size * 2);
				firstStart = Arrays.copyOf(firstStart, size * 2);
				lastStart = Arrays.copyOf(lastStart, size * 2);
			}
			request[size] = r;
			worker[size] = w;
			day[size] = d;
			minutes[size] = onDay;
			firstStart[size] = first;
			lastStart[size] = last;
			size++;
		}

		int size() {
			return size;
		}

	}

	private long requestedMinutes() {
		return problem.requests().stream().mapToLong(r -> (long) r.count() * r.durationMinutes()).sum();
	}

	// request by request, worker by worker, start by start: a worker's fitting starts of a request come in day order
	private DayOffers offers() {
		DayOffers offers = new DayOffers();
		List<Worker> workers = problem.workers();
		for (int r = 0; r < problem.requests().size(); r++) {
			Request request = problem.requests().get(r);
			int[] starts = starts(request);
			for (int w = 0; w < workers.size(); w++) {
				String worker = workers.get(w).id();
				if (!rules.mayServe(worker, request)) {
					continue;
				}
				int day = Integer.MIN_VALUE;
				int fewest = Integer.MAX_VALUE;
				int first = 0;
				int last = 0;
				for (int start : starts) {
					Slot slot = rules.slot(request, 0, start);
					if (!rules.allowsShift(worker, slot)) {
						continue;
					}
					int startDay = rules.day(start);
					int onDay = Math.min(slot.end(), dayStarts[Math.min(startDay + 1, dayStarts.length - 1)]) - start;
					if (startDay != day) {
						if (day != Integer.MIN_VALUE) {
							offers.add(r, w, day, fewest, first, last);
						}
						fewest = Integer.MAX_VALUE;
						first = start;
					}
					day = startDay;
					fewest = Math.min(fewest, onDay);
					last = start;
					if (offers.candidates != null) {
						offers.candidates.add(new Candidate(r, w, start, slot.end(), startDay, onDay, slot.site()));
						if (offers.candidates.size() > TIMED_CANDIDATE_LIMIT) {
							offers.candidates = null;
						}
					}
				}
				if (day != Integer.MIN_VALUE) {
					offers.add(r, w, day, fewest, first, last);
				}
			}
		}
		return offers;
	}

	private int[] starts(Request request) {
		TreeSet<Integer> starts = new TreeSet<>();
		for (ProblemDocument.Window window : request.windows()) {
			AllowedStarts.inWindow(rules.minute(window.start()), rules.minute(window.end()), request.durationMinutes(),
					request.startStepMinutes()).forEach(starts::add);
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	// the day boundaries of the zone, found through the validator's own calendar
	private int firstMinuteOfDay(int day) {
		int low = (day - 1) * 1_500;
		int high = day * 1_500;
		while (low < high) {
			int mid = Math.floorDiv(low + high, 2);
			if (rules.day(mid) >= day) {
				high = mid;
			} else {
				low = mid + 1;
			}
		}
		return low;
	}

	/**
	 * The relaxed model's bound, in the model's maximised terms (covered minutes, or minus the contract shortfall): the
	 * optimum of its LP relaxation, or CP-SAT's bound on the integer model when the model is small enough for CP-SAT
	 * and that bound is tighter; null when neither was proven in time.
	 */
	private @Nullable Bound relaxed(DayOffers offers, boolean shortfall) {
		LinearModel model = relaxedModel(offers, shortfall);
		// all the requested minutes, no shortfall: what any model proves without solving
		long ceiling = shortfall ? 0 : requestedMinutes();
		Long lp = model.lp(limit, ceiling);
		Long cpSat = offers.size() <= CP_SAT_OFFER_LIMIT ? model.cpSat(relaxedSolver()) : null;
		if (cpSat != null && cpSat < ceiling && (lp == null || cpSat < lp)) {
			return new Bound(cpSat, Kind.RELAXED);
		}
		return lp == null ? null : new Bound(lp, Kind.LP);
	}

	/** The day-pattern model of this week, null when too big. */
	@Nullable
	LinearModel patternModel() {
		return patternModel(offers());
	}

	/** The relaxed model of the most coverable minutes, as {@link #figures()} bounds it. */
	LinearModel coverageModel() {
		return relaxedModel(offers(), false);
	}

	/**
	 * The relaxed model, one integer column per offer: maximum coverable minutes, or with {@code shortfall} the least
	 * contract shortfall whatever the coverage (as minus the shortfall, maximised).
	 */
	private LinearModel relaxedModel(DayOffers offers, boolean shortfall) {
		LinearModel model = new LinearModel();
		List<Request> requests = problem.requests();
		List<Worker> workers = problem.workers();
		int[] perRequest = requestRows(model);
		int longestJourney = longestJourney();
		// per worker and day: minutes, at most 10 h and none on a day off; with the shortfall, the travel there
		int[] dayMinutes = new int[workers.size() * 7];
		int[] dayTravel = new int[workers.size() * 7];
		int[] week = new int[workers.size()];
		int[] contract = new int[workers.size()];
		for (int w = 0; w < workers.size(); w++) {
			for (int d = 0; d < 7; d++) {
				dayMinutes[w * 7 + d] = model.row(0);
				dayTravel[w * 7 + d] = shortfall ? model.row(0) : -1;
			}
			int days = model.row(MAX_WORKING_DAYS);
			week[w] = model.row(rules.weeklyLimit(workers.get(w).id()));
			int contractMinutes = workers.get(w).contractMinutes() == null ? 0 : workers.get(w).contractMinutes();
			contract[w] = shortfall ? model.row(-contractMinutes) : -1;
			for (int d = 0; d < 7; d++) {
				// works that day: the day's minutes stay within 10 h of it, and it counts towards the six days
				model.column(1, 0, false);
				model.term(dayMinutes[w * 7 + d], -MAX_DAILY_WORK_MINUTES);
				model.term(days, 1);
				if (shortfall) {
					model.term(dayTravel[w * 7 + d], longestJourney);
					// travel only between shifts of one day, each journey at most the week's longest
					model.column(longestJourney * MAX_DAILY_WORK_MINUTES, 0, false);
					model.term(dayTravel[w * 7 + d], 1);
					model.term(week[w], 1);
					model.term(contract[w], -1);
				}
			}
			if (shortfall) {
				// the minutes missing from the contract
				model.column(contractMinutes, -1, false);
				model.term(contract[w], -1);
			}
		}
		int[][] energy = offers.size() <= CP_SAT_OFFER_LIMIT
				? energyRows(model, offers, Buckets.of(offers, workers.size()))
				: null;
		// one column per offer; with distinct days, a row per request and day holds it to one shift that day
		int[] perDay = new int[8];
		int lastRequest = -1;
		for (int o = 0; o < offers.size(); o++) {
			Request request = requests.get(offers.request[o]);
			int w = offers.worker[o];
			int day = Math.clamp(offers.day[o], 0, 6);
			model.column(request.distinctDays() ? 1 : request.count(), shortfall ? 0 : request.durationMinutes(), true);
			model.term(perRequest[offers.request[o]], 1);
			if (request.distinctDays()) {
				if (offers.request[o] != lastRequest) {
					Arrays.fill(perDay, -1);
					lastRequest = offers.request[o];
				}
				int key = Math.clamp(offers.day[o], 0, 7);
				if (perDay[key] < 0) {
					perDay[key] = model.row(1);
				}
				model.term(perDay[key], 1);
			}
			model.term(dayMinutes[w * 7 + day], offers.minutes[o]);
			if (energy != null) {
				int[] intervals = energy[bucket(offers, o)];
				for (int i = 0; i < intervals.length; i += 3) {
					model.term(intervals[i + 2], leastOverlap(offers, o, intervals[i], intervals[i + 1]));
				}
			}
			model.term(week[w], request.durationMinutes());
			if (shortfall) {
				model.term(dayTravel[w * 7 + day], -longestJourney);
				model.term(contract[w], -request.durationMinutes());
			}
		}
		return model;
	}

	/** A row per request: at most its count of shifts covered. */
	private int[] requestRows(LinearModel model) {
		int[] rows = new int[problem.requests().size()];
		for (int r = 0; r < rows.length; r++) {
			rows[r] = model.row(problem.requests().get(r).count());
		}
		return rows;
	}

	/**
	 * Energy rows, one worker's day at a time: a worker's shifts never overlap, and each spends inside an interval [a,
	 * b) at least its least overlap with it over its fitting starts that day, so these minutes sum to at most b − a.
	 * This is what the per-day relaxation otherwise lacks of a day's order: two fixed mornings, or two flexible
	 * half-days in one five-hour window, cannot both go to one worker. Intervals run from an earliest or latest fitting
	 * start to a latest or earliest end of the day's offers, shorter than the daily maximum, which bounds longer ones;
	 * a row is kept only when its offers could overflow it.
	 *
	 * @return per bucket ({@link #bucket}) its intervals as triples a, b, row
	 */
	private int[][] energyRows(LinearModel model, DayOffers offers, Buckets byDay) {
		int buckets = byDay.count();
		int[] from = byDay.from();
		int[] ordered = byDay.ordered();
		int[][] energy = new int[buckets][];
		for (int b = 0; b < buckets; b++) {
			TreeSet<Integer> starts = new TreeSet<>();
			TreeSet<Integer> ends = new TreeSet<>();
			for (int k = from[b]; k < from[b + 1]; k++) {
				int o = ordered[k];
				int duration = problem.requests().get(offers.request[o]).durationMinutes();
				starts.add(offers.firstStart[o]);
				starts.add(offers.lastStart[o]);
				ends.add(offers.firstStart[o] + duration);
				ends.add(offers.lastStart[o] + duration);
			}
			List<Integer> intervals = new ArrayList<>();
			for (int a : starts) {
				// from 10 h on, the daily maximum already says as much
				for (int end : ends.subSet(a, false, a + MAX_DAILY_WORK_MINUTES, false)) {
					long spent = 0;
					for (int k = from[b]; k < from[b + 1]; k++) {
						int o = ordered[k];
						Request request = problem.requests().get(offers.request[o]);
						spent += (long) leastOverlap(offers, o, a, end)
								* (request.distinctDays() ? 1 : request.count());
					}
					if (spent > end - a) {
						intervals.addAll(List.of(a, end, model.row(end - a)));
					}
				}
			}
			energy[b] = intervals.stream().mapToInt(Integer::intValue).toArray();
		}
		return energy;
	}

	/** The offer's worker and day, as an index of {@link Buckets}. */
	private static int bucket(DayOffers offers, int o) {
		return offers.worker[o] * 8 + Math.clamp(offers.day[o], 0, 7);
	}

	/**
	 * The offers grouped by worker and day ({@link #bucket}): those of bucket b are {@code ordered[from[b]]} to
	 * {@code ordered[from[b + 1] - 1]}.
	 */
	private record Buckets(int[] from, int[] ordered) {

		static Buckets of(DayOffers offers, int workers) {
			int buckets = workers * 8;
			int[] from = new int[buckets + 1];
			for (int o = 0; o < offers.size(); o++) {
				from[bucket(offers, o) + 1]++;
			}
			for (int b = 0; b < buckets; b++) {
				from[b + 1] += from[b];
			}
			int[] ordered = new int[offers.size()];
			int[] next = Arrays.copyOf(from, buckets);
			for (int o = 0; o < offers.size(); o++) {
				ordered[next[bucket(offers, o)]++] = o;
			}
			return new Buckets(from, ordered);
		}

		int count() {
			return from.length - 1;
		}

	}

	/**
	 * The day-pattern model of the most coverable minutes: one column per set of shifts one worker could work in one
	 * day (a pattern), so that a day's travel, its part-time interruptions and the order of its shifts are those of
	 * real days, not of a day's minutes added up. A worker works at most one pattern a day and six days, and the
	 * patterns' minutes, travel included, stay within the weekly maximum. A pattern's shifts are placed in time order,
	 * each as early as its window allows after the one before and the journey between them; within one duty period (a
	 * gap under 11 h) it keeps the journeys in the daily and weekly maxima (L3121-18, L3121-20), the 13 h duty period
	 * (L3131-1) and, for a part-timer, at most one interruption over 30 min and none over 2 h (L3123-30), each counted
	 * from the fewest idle minutes the two shifts' windows allow. It drops the rest of what the relaxed model drops
	 * (the 6 h without a break, the 35 h weekly rest, pins, travel between days) and availability inside a window.
	 *
	 * @return the model, or null when some worker's day has more than {@link #PATTERN_LIMIT} patterns
	 */
	private @Nullable LinearModel patternModel(DayOffers offers) {
		LinearModel model = new LinearModel();
		List<Request> requests = problem.requests();
		List<Worker> workers = problem.workers();
		int[] perRequest = requestRows(model);
		Map<Integer, Integer> perRequestDay = new HashMap<>();
		Buckets byDay = Buckets.of(offers, workers.size());
		for (int w = 0; w < workers.size(); w++) {
			int days = model.row(MAX_WORKING_DAYS);
			int week = model.row(rules.weeklyLimit(workers.get(w).id()));
			boolean partTime = Boolean.TRUE.equals(workers.get(w).partTime());
			for (int b = w * 8; b < w * 8 + 8; b++) {
				int[] day = Arrays.copyOfRange(byDay.ordered(), byDay.from()[b], byDay.from()[b + 1]);
				if (day.length == 0) {
					continue;
				}
				Map<List<Integer>, Integer> travel = new DayPatterns(offers, day, partTime).travelByPattern();
				if (travel == null) {
					return null;
				}
				int oneADay = model.row(1);
				for (var pattern : travel.entrySet()) {
					int minutes = 0;
					for (int o : pattern.getKey()) {
						minutes += requests.get(offers.request[o]).durationMinutes();
					}
					model.column(1, minutes, true);
					// first, so that column generation picks each day's best patterns
					model.term(oneADay, 1);
					model.term(days, 1);
					model.term(week, minutes + pattern.getValue());
					Map<Integer, Integer> uses = new HashMap<>();
					for (int o : pattern.getKey()) {
						uses.merge(offers.request[o], 1, Integer::sum);
					}
					for (var use : uses.entrySet()) {
						model.term(perRequest[use.getKey()], use.getValue());
						if (requests.get(use.getKey()).distinctDays()) {
							model.term(perRequestDay.computeIfAbsent(use.getKey() * 8 + b % 8, k -> model.row(1)),
									use.getValue());
						}
					}
				}
			}
		}
		return model;
	}

	/** The patterns of one worker's day, found by extending each feasible time-ordered sequence by one more shift. */
	private final class DayPatterns {

		private final DayOffers offers;

		private final int[] day;

		private final boolean partTime;

		private final Map<List<Integer>, Integer> travel = new HashMap<>();

		private final int[] uses;

		DayPatterns(DayOffers offers, int[] day, boolean partTime) {
			this.offers = offers;
			this.day = day;
			this.partTime = partTime;
			this.uses = new int[day.length];
		}

		/** Each pattern (its offers, sorted, an offer once per shift) and the fewest minutes of travel it needs. */
		@Nullable
		Map<List<Integer>, Integer> travelByPattern() {
			for (int i = 0; i < day.length; i++) {
				int o = day[i];
				uses[i]++;
				if (!extend(List.of(i), offers.firstStart[o] + duration(o), offers.minutes[o], 0, 0,
						offers.lastStart[o])) {
					return null;
				}
				uses[i]--;
			}
			return travel;
		}

		/**
		 * Records the sequence, then each sequence one shift longer; false when the day has too many patterns.
		 *
		 * @param end the earliest end of the sequence's last shift
		 * @param periodStart the latest start of the first shift of the last duty period
		 */
		private boolean extend(List<Integer> sequence, int end, int minutes, int travelled, int interruptions,
				int periodStart) {
			List<Integer> key = new ArrayList<>();
			sequence.forEach(i -> key.add(day[i]));
			Collections.sort(key);
			travel.merge(key, travelled, Math::min);
			if (travel.size() > PATTERN_LIMIT) {
				return false;
			}
			int last = day[sequence.getLast()];
			int lastSite = site(last);
			for (int i = 0; i < day.length; i++) {
				int o = day[i];
				Request request = problem.requests().get(offers.request[o]);
				if (uses[i] >= (request.distinctDays() ? 1 : request.count())) {
					continue;
				}
				int journey = rules.travel().minutes(lastSite, site(o));
				// not rounded to the start step: a day's windows need not share one grid
				int start = Math.max(offers.firstStart[o], end + journey);
				if (start > offers.lastStart[o]) {
					continue;
				}
				boolean samePeriod = offers.lastStart[o] - end < DAILY_REST_MINUTES;
				int counted = samePeriod ? journey : 0;
				int more = interruptions;
				int from = periodStart;
				if (samePeriod) {
					int idle = offers.firstStart[o] - (offers.lastStart[last] + duration(last)) - journey;
					if (partTime && idle > MAX_PART_TIME_INTERRUPTION_MINUTES) {
						continue;
					}
					more += idle > INTERRUPTION_THRESHOLD_MINUTES ? 1 : 0;
					if ((partTime && more > 1) || start + duration(o) - periodStart > MAX_DUTY_SPAN_MINUTES) {
						continue;
					}
				} else {
					more = 0;
					from = offers.lastStart[o];
				}
				if (minutes + offers.minutes[o] + travelled + counted > MAX_DAILY_WORK_MINUTES) {
					continue;
				}
				List<Integer> longer = new ArrayList<>(sequence);
				longer.add(i);
				uses[i]++;
				boolean ok = extend(longer, start + duration(o), minutes + offers.minutes[o], travelled + counted, more,
						from);
				uses[i]--;
				if (!ok) {
					return false;
				}
			}
			return true;
		}

		private int duration(int o) {
			return problem.requests().get(offers.request[o]).durationMinutes();
		}

		private int site(int o) {
			return rules.travel().index(problem.requests().get(offers.request[o]).site());
		}

	}

	/**
	 * The fewest minutes of [a, b) a fitting start of the offer covers: the overlap first rises then falls with the
	 * start, so the fewest is at the earliest or the latest start.
	 */
	private int leastOverlap(DayOffers offers, int o, int a, int b) {
		int duration = problem.requests().get(offers.request[o]).durationMinutes();
		return Math.min(overlap(offers.firstStart[o], duration, a, b), overlap(offers.lastStart[o], duration, a, b));
	}

	private static int overlap(int start, int duration, int a, int b) {
		return Math.max(0, Math.min(start + duration, b) - Math.max(start, a));
	}

	private int longestJourney() {
		int longest = 0;
		List<Integer> sites = problem.requests().stream().map(r -> rules.travel().index(r.site())).distinct().toList();
		for (int a : sites) {
			for (int b : sites) {
				longest = Math.max(longest, rules.travel().minutes(a, b));
			}
		}
		return longest;
	}

	/** CP-SAT's bound on the exact model, whether its plan is proven best, and that plan when it is legal. */
	private record Timed(long bound, boolean proven, @Nullable PlanDocument plan) {
	}

	/** The timed model; null when CP-SAT found no bound within the limit. */
	private @Nullable Timed timed(List<Candidate> candidates) {
		CpModel model = new CpModel();
		List<Request> requests = problem.requests();
		List<Worker> workers = problem.workers();
		BoolVar[] x = new BoolVar[candidates.size()];
		LinearExprBuilder[] perRequest = builders(requests.size());
		Map<List<Integer>, LinearExprBuilder> perRequestDay = new HashMap<>();
		List<List<Integer>> byWorker = new ArrayList<>();
		workers.forEach(w -> byWorker.add(new ArrayList<>()));
		LinearExprBuilder covered = LinearExpr.newBuilder();
		for (int i = 0; i < x.length; i++) {
			Candidate c = candidates.get(i);
			x[i] = model.newBoolVar("x" + i);
			perRequest[c.request()].addTerm(x[i], 1);
			if (requests.get(c.request()).distinctDays()) {
				perRequestDay.computeIfAbsent(List.of(c.request(), c.day()), k -> LinearExpr.newBuilder()).addTerm(x[i],
						1);
			}
			byWorker.get(c.worker()).add(i);
			covered.addTerm(x[i], c.end() - c.start());
		}
		for (int r = 0; r < requests.size(); r++) {
			model.addLessOrEqual(perRequest[r], requests.get(r).count());
		}
		perRequestDay.values().forEach(sum -> model.addLessOrEqual(sum, 1));
		int weekEnd = dayStarts[7];
		for (int w = 0; w < workers.size(); w++) {
			List<Integer> mine = byWorker.get(w);
			mine.sort((a, b) -> Integer.compare(candidates.get(a).start(), candidates.get(b).start()));
			pairConflicts(model, candidates, x, mine);
			LinearExprBuilder[] daily = builders(9);
			LinearExprBuilder[] dayCounts = builders(9);
			LinearExprBuilder week = LinearExpr.newBuilder();
			TreeSet<Integer> restStarts = new TreeSet<>(List.of(0));
			for (int i : mine) {
				Candidate c = candidates.get(i);
				for (int d = Math.max(0, rules.day(c.start())); d <= Math.min(8, rules.day(c.end() - 1)); d++) {
					int on = Math.min(c.end(), dayStarts[d + 1]) - Math.max(c.start(), dayStarts[d]);
					daily[d].addTerm(x[i], on);
					dayCounts[d].addTerm(x[i], 1);
				}
				week.addTerm(x[i], c.end() - c.start());
				if (c.end() + WEEKLY_REST_MINUTES <= weekEnd) {
					restStarts.add(c.end());
				}
			}
			new DutyChains(model, candidates, x, mine, Boolean.TRUE.equals(workers.get(w).partTime())).link(daily,
					week);
			model.addLessOrEqual(week, rules.weeklyLimit(workers.get(w).id()));
			LinearExprBuilder days = LinearExpr.newBuilder();
			for (int d = 0; d < 9; d++) {
				model.addLessOrEqual(daily[d], MAX_DAILY_WORK_MINUTES);
				BoolVar works = model.newBoolVar("z" + w + "/" + d);
				model.addLessOrEqual(dayCounts[d], LinearExpr.term(works, mine.size() + 1L));
				days.addTerm(works, 1);
			}
			model.addLessOrEqual(days, MAX_WORKING_DAYS);
			// 35 h of rest start at the week's start or at the end of a shift, and no chosen shift falls inside them
			List<BoolVar> rests = new ArrayList<>();
			for (int restStart : restStarts) {
				if (restStart + WEEKLY_REST_MINUTES > weekEnd) {
					continue;
				}
				BoolVar rest = model.newBoolVar("rest" + w + "/" + restStart);
				LinearExprBuilder inside = LinearExpr.newBuilder();
				for (int i : mine) {
					Candidate c = candidates.get(i);
					if (c.start() < restStart + WEEKLY_REST_MINUTES && c.end() > restStart) {
						inside.addTerm(x[i], 1);
					}
				}
				inside.addTerm(rest, mine.size() + 1L);
				model.addLessOrEqual(inside, mine.size() + 1L);
				rests.add(rest);
			}
			// a worker with no shift rests all week: the last window always fits
			BoolVar idle = model.newBoolVar("idle" + w);
			for (int i : mine) {
				model.addImplication(x[i], idle.not());
			}
			rests.add(idle);
			model.addBoolOr(rests.toArray(Literal[]::new));
		}
		boolean pinsKept = pin(model, candidates, x);
		model.maximize(covered);
		CpSolver solver = solver();
		// the arcs' enforced equalities in the LP: at the default level CP-SAT proved no bound on S weeks in 60 s
		solver.getParameters().setLinearizationLevel(2);
		CpSolverStatus status = solver.solve(model);
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return null;
		}
		long bound = (long) Math.floor(solver.bestObjectiveBound() + 1e-6);
		PlanDocument plan = pinsKept ? plan(candidates, i -> solver.booleanValue(x[i])) : null;
		if (plan == null || !plan.feasible()) {
			return new Timed(bound, false, null);
		}
		return new Timed(bound, status == CpSolverStatus.OPTIMAL, plan);
	}

	/**
	 * A worker's chosen shifts as one path in time order, so that each shift knows the one before it: the journey
	 * between two shifts of a duty period counts in the day's and the week's work (L3121-18, L3121-20), the duty period
	 * spans at most 13 h (L3131-1) however many shifts it holds, a stretch of shifts less than 20 min apart lasts at
	 * most 6 h (L3121-16), and a part-timer's duty period has at most one interruption over 30 min and none over 2 h
	 * (L3123-30). The path leaves a depot, goes from shift to shift within a duty period, between duty periods through
	 * a rest node per day (11 h apart at least) or directly on the same day, and comes back to the depot; every arc
	 * goes forward in time, so the path visits the chosen shifts in their order and skips none.
	 */
	private final class DutyChains {

		private final CpModel model;

		private final List<Candidate> candidates;

		private final BoolVar[] x;

		private final List<Integer> mine;

		private final boolean partTime;

		// per shift of mine: arcs in and out, the start of its duty period and of its stretch without a break, and
		// for a part-timer whether its duty period was interrupted before it
		private final List<List<BoolVar>> in = new ArrayList<>();

		private final List<List<BoolVar>> out = new ArrayList<>();

		private final IntVar[] dutyStart;

		private final IntVar[] stretchStart;

		private final BoolVar @Nullable [] interrupted;

		DutyChains(CpModel model, List<Candidate> candidates, BoolVar[] x, List<Integer> mine, boolean partTime) {
			this.model = model;
			this.candidates = candidates;
			this.x = x;
			this.mine = mine;
			this.partTime = partTime;
			dutyStart = new IntVar[mine.size()];
			stretchStart = new IntVar[mine.size()];
			interrupted = partTime ? new BoolVar[mine.size()] : null;
			for (int i = 0; i < mine.size(); i++) {
				in.add(new ArrayList<>());
				out.add(new ArrayList<>());
				dutyStart[i] = model.newIntVar(dayStarts[0], dayStarts[8], "duty" + mine.get(i));
				stretchStart[i] = model.newIntVar(dayStarts[0], dayStarts[8], "stretch" + mine.get(i));
				if (interrupted != null) {
					interrupted[i] = model.newBoolVar("interrupted" + mine.get(i));
				}
			}
		}

		/** Adds the arcs, and the journeys they carry to {@code daily} (by day of the shift after) and {@code week}. */
		void link(LinearExprBuilder[] daily, LinearExprBuilder week) {
			List<BoolVar> fromDepot = new ArrayList<>();
			List<BoolVar> toDepot = new ArrayList<>();
			Map<Integer, List<BoolVar>> restIn = new HashMap<>();
			Map<Integer, List<BoolVar>> restOut = new HashMap<>();
			Map<Integer, IntVar> restFrom = new HashMap<>();
			Map<Integer, IntVar> restUntil = new HashMap<>();
			for (int a = 0; a < mine.size(); a++) {
				Candidate first = candidates.get(mine.get(a));
				BoolVar leave = arc(fromDepot, a);
				begin(leave, a);
				toDepot.add(arcFrom(a));
				int restDay = rules.day(first.end() - 1);
				BoolVar toRest = arcFrom(a);
				restIn.computeIfAbsent(restDay, d -> new ArrayList<>()).add(toRest);
				IntVar from = restFrom.computeIfAbsent(restDay,
						d -> model.newIntVar(dayStarts[0], dayStarts[8], "rest"));
				model.addEquality(from, first.end()).onlyEnforceIf(toRest);
				for (int b = 0; b < mine.size(); b++) {
					Candidate second = candidates.get(mine.get(b));
					int gap = second.start() - first.end();
					int travel = rules.travel().minutes(first.site(), second.site());
					if (gap < travel) {
						continue;
					}
					if (gap >= DAILY_REST_MINUTES) {
						if (rules.day(second.start()) == restDay) {
							begin(link(a, b), b);
						}
						continue;
					}
					int idle = gap - travel;
					if (second.end() - first.start() > MAX_DUTY_SPAN_MINUTES
							|| (partTime && idle > MAX_PART_TIME_INTERRUPTION_MINUTES)) {
						continue;
					}
					BoolVar arc = link(a, b);
					model.addEquality(dutyStart[b], dutyStart[a]).onlyEnforceIf(arc);
					if (idle < BREAK_MINUTES) {
						model.addEquality(stretchStart[b], stretchStart[a]).onlyEnforceIf(arc);
						model.addGreaterOrEqual(stretchStart[a], second.end() - MAX_WORK_WITHOUT_BREAK_MINUTES)
								.onlyEnforceIf(arc);
					} else {
						model.addEquality(stretchStart[b], second.start()).onlyEnforceIf(arc);
					}
					if (interrupted != null) {
						if (idle > INTERRUPTION_THRESHOLD_MINUTES) {
							model.addImplication(arc, interrupted[a].not());
							model.addImplication(arc, interrupted[b]);
						} else {
							model.addLessOrEqual(LinearExpr.newBuilder().add(interrupted[a]).add(arc),
									LinearExpr.newBuilder().add(interrupted[b]).add(1));
						}
					}
					if (travel > 0) {
						daily[Math.max(0, Math.min(8, rules.day(second.start())))].addTerm(arc, travel);
						week.addTerm(arc, travel);
					}
				}
			}
			for (int b = 0; b < mine.size(); b++) {
				Candidate next = candidates.get(mine.get(b));
				int day = rules.day(next.start());
				for (Map.Entry<Integer, IntVar> rest : restFrom.entrySet()) {
					if (rest.getKey() < day) {
						BoolVar fromRest = arc(restOut.computeIfAbsent(rest.getKey(), d -> new ArrayList<>()), b);
						begin(fromRest, b);
						IntVar until = restUntil.computeIfAbsent(rest.getKey(),
								d -> model.newIntVar(dayStarts[0], dayStarts[8], "restUntil"));
						model.addEquality(until, next.start()).onlyEnforceIf(fromRest);
					}
				}
				model.addGreaterOrEqual(dutyStart[b], next.end() - MAX_DUTY_SPAN_MINUTES).onlyEnforceIf(x[mine.get(b)]);
				model.addEquality(sum(in.get(b)), x[mine.get(b)]);
				model.addEquality(sum(out.get(b)), x[mine.get(b)]);
			}
			model.addLessOrEqual(sum(fromDepot), 1);

			model.addEquality(sum(toDepot), sum(fromDepot));
			for (Map.Entry<Integer, IntVar> rest : restFrom.entrySet()) {
				BoolVar used = model.newBoolVar("rest");
				model.addEquality(sum(restIn.get(rest.getKey())), used);
				model.addEquality(sum(restOut.getOrDefault(rest.getKey(), List.of())), used);
				IntVar until = restUntil.get(rest.getKey());
				if (until != null) {
					model.addGreaterOrEqual(LinearExpr.newBuilder().add(until).addTerm(rest.getValue(), -1),
							DAILY_REST_MINUTES).onlyEnforceIf(used);
				}
			}
		}

		// an arc into shift b, listed in arcs
		private BoolVar arc(List<BoolVar> arcs, int b) {
			BoolVar arc = model.newBoolVar("");
			arcs.add(arc);
			in.get(b).add(arc);
			return arc;
		}

		private BoolVar arcFrom(int a) {
			BoolVar arc = model.newBoolVar("");
			out.get(a).add(arc);
			return arc;
		}

		private BoolVar link(int a, int b) {
			BoolVar arc = arcFrom(a);
			in.get(b).add(arc);
			return arc;
		}

		// shift b starts a duty period
		private void begin(BoolVar arc, int b) {
			int start = candidates.get(mine.get(b)).start();
			model.addEquality(dutyStart[b], start).onlyEnforceIf(arc);
			model.addEquality(stretchStart[b], start).onlyEnforceIf(arc);
		}

		private LinearExpr sum(List<BoolVar> literals) {
			LinearExprBuilder sum = LinearExpr.newBuilder();
			literals.forEach(sum::add);
			return sum.build();
		}

	}

	/**
	 * Forces each pinned shift's worker and start; returns false when a pin matches no candidate (it breaks a rule the
	 * candidates keep), and the model then only bounds.
	 */
	private boolean pin(CpModel model, List<Candidate> candidates, BoolVar[] x) {
		Map<String, Integer> requestIndex = new HashMap<>();
		for (int r = 0; r < problem.requests().size(); r++) {
			requestIndex.putIfAbsent(problem.requests().get(r).id(), r);
		}
		Map<String, Integer> workerIndex = new HashMap<>();
		for (int w = 0; w < problem.workers().size(); w++) {
			workerIndex.putIfAbsent(problem.workers().get(w).id(), w);
		}
		boolean kept = true;
		for (ProblemDocument.Pin pin : problem.pinned()) {
			Integer r = requestIndex.get(pin.request());
			Integer w = workerIndex.get(pin.worker());
			int start = rules.minute(pin.start());
			int found = -1;
			for (int i = 0; i < candidates.size() && r != null && w != null; i++) {
				Candidate c = candidates.get(i);
				if (c.request() == r && c.worker() == w && c.start() == start) {
					found = i;
				}
			}
			if (found < 0) {
				kept = false;
			} else {
				model.addBoolOr(new Literal[] { x[found] });
			}
		}
		return kept;
	}

	// two starts one worker cannot both take: overlap with travel, a duty period over 13 h, 6 h without a break
	private void pairConflicts(CpModel model, List<Candidate> candidates, BoolVar[] x, List<Integer> sorted) {
		for (int a = 0; a < sorted.size(); a++) {
			Candidate first = candidates.get(sorted.get(a));
			for (int b = a + 1; b < sorted.size(); b++) {
				Candidate second = candidates.get(sorted.get(b));
				if (second.start() >= first.end() + DAILY_REST_MINUTES) {
					break;
				}
				int travel = rules.travel().minutes(first.site(), second.site());
				int back = rules.travel().minutes(second.site(), first.site());
				boolean apart = second.start() >= first.end() + travel || first.start() >= second.end() + back;
				int span = Math.max(first.end(), second.end()) - first.start();
				boolean sameDuty = second.start() - first.end() < DAILY_REST_MINUTES;
				boolean noBreak = second.start() - first.end() - travel < BREAK_MINUTES;
				if (!apart || (sameDuty && span > MAX_DUTY_SPAN_MINUTES)
						|| (noBreak && span > MAX_WORK_WITHOUT_BREAK_MINUTES)) {
					model.addBoolOr(new Literal[] { x[sorted.get(a)].not(), x[sorted.get(b)].not() });
				}
			}
		}
	}

	private interface Chosen {

		boolean test(int candidate);

	}

	/** The chosen candidates as a plan, checked by the validator. */
	private PlanDocument plan(List<Candidate> candidates, Chosen chosen) {
		Map<String, List<Slot>> weeks = new LinkedHashMap<>();
		problem.workers().forEach(w -> weeks.put(w.id(), new ArrayList<>()));
		Map<String, Summaries.Placed> placed = new HashMap<>();
		int[] nextIndex = new int[problem.requests().size()];
		for (int i = 0; i < candidates.size(); i++) {
			if (chosen.test(i)) {
				Candidate c = candidates.get(i);
				Request request = problem.requests().get(c.request());
				int index = nextIndex[c.request()]++;
				String worker = problem.workers().get(c.worker()).id();
				Slot slot = rules.slot(request, index, c.start());
				weeks.get(worker).add(slot);
				placed.put(request.id() + "#" + index, new Summaries.Placed(worker, slot, false));
			}
		}
		weeks.values().forEach(week -> Collections.sort(week, Slot.BY_TIME));
		return Summaries.plan(problem, rules, weeks, (request, index) -> placed.get(request.id() + "#" + index),
				"not in the exact model's plan");
	}

	private CpSolver solver() {
		CpSolver solver = new CpSolver();
		// One worker, so a week gets the same optimum plan every run: with two, CP-SAT sometimes proved an optimum
		// through a plan the validator refuses (part-time interruptions are not in the model), and a week's bound
		// read `timed` in one run and `exact` in the next.
		solver.getParameters().setMaxTimeInSeconds(limit.toMillis() / 1000.0).setNumWorkers(1).setRandomSeed(1);
		return solver;
	}

	private CpSolver relaxedSolver() {
		CpSolver solver = solver();
		// presolve took the whole limit on L without a first solution; the model needs none to be bounded by its LP
		solver.getParameters().setCpModelPresolve(false);
		return solver;
	}

	private static LinearExprBuilder[] builders(int n) {
		LinearExprBuilder[] builders = new LinearExprBuilder[n];
		for (int i = 0; i < n; i++) {
			builders[i] = LinearExpr.newBuilder();
		}
		return builders;
	}

}
