package fr.mosaic.planning.ui.board;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.jspecify.annotations.Nullable;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ShiftKey;
import fr.mosaic.interchange.WallTime;
import fr.mosaic.planning.PlanNames;
import fr.mosaic.planning.model.WeekCalendar;

/**
 * What the week board shows of a plan, without the screen: a row per worker with their shifts as blocks on the days
 * they fall on, the uncovered shifts, and each member's requested and covered minutes.
 * <p>
 * A block is placed by the local wall-clock times of its day, so 08:00 sits at the same place on every day, also on the
 * Sunday the clocks change (a day of 1,380 or 1,500 elapsed minutes). A shift crossing midnight is split: one block per
 * day it falls on, the part after the week's last midnight left out (it belongs to the next week's board). The days
 * show the hours from {@link Span#firstHour} to {@link Span#lastHour}: the whole hours the week's blocks use, at least
 * {@link #SHORTEST_SPAN} of them, so a block is as wide as the screen allows.
 *
 * @param days the seven dates, Monday first
 */
public record BoardModel(LocalDate weekStart, List<LocalDate> days, Span span, List<WorkerRow> rows,
		List<UncoveredShift> tray, List<MemberTotal> members, List<Choice> memberChoices, List<Choice> skillChoices,
		List<Choice> workerChoices) {

	/** How many member colours the stylesheet has; members beyond share them in turn. */
	public static final int COLOURS = 8;

	/** The hours a day shows when the week has no block: the working day most shifts fall in. */
	static final Span WORKING_DAY = new Span(6, 22);

	/** The fewest hours a day shows, so a week of mornings does not stretch a shift over the whole day. */
	static final int SHORTEST_SPAN = 8;

	static final int DAY_MINUTES = 24 * 60;

	/** A member, skill or worker to filter by. */
	public record Choice(String id, String name) {
	}

	/**
	 * The hours the days show, on the wall clock.
	 *
	 * @param firstHour the left edge of a day, 0 to 23
	 * @param lastHour the right edge of a day, 1 to 24
	 */
	public record Span(int firstHour, int lastHour) {

		int minutes() {
			return (lastHour - firstHour) * 60;
		}

		/** Where the block starts, in percent of the day's width. */
		public double left(Block block) {
			return 100.0 * (block.startMinute() - firstHour * 60) / minutes();
		}

		/** How wide the block is, in percent of the day's width. */
		public double width(Block block) {
			return 100.0 * Math.max(0, block.endMinute() - block.startMinute()) / minutes();
		}

		/** The whole hours from the earliest start to the latest end, widened to {@link #SHORTEST_SPAN}. */
		static Span holding(List<Block> blocks) {
			if (blocks.isEmpty()) {
				return WORKING_DAY;
			}
			var first = blocks.stream().mapToInt(block -> block.startMinute() / 60).min().orElseThrow();
			var last = blocks.stream().mapToInt(block -> (block.endMinute() + 59) / 60).max().orElseThrow();
			last = Math.min(24, Math.max(last, first + SHORTEST_SPAN));
			return new Span(Math.min(first, last - SHORTEST_SPAN), last);
		}

	}

	/**
	 * A shift, or the part of it that falls on one day.
	 *
	 * @param shift the shift's key, {@code r1#0}
	 * @param day 0 is Monday
	 * @param startMinute where the block starts on its day's wall clock, minutes since midnight (0 when the shift began
	 *        the day before)
	 * @param endMinute where it ends on the wall clock, minutes since midnight, 1,440 when the shift goes on past
	 *        midnight; in the hour the clocks repeat it may come before the start: the block is then drawn at its
	 *        narrowest
	 * @param start the whole shift's local start, as the label says it
	 * @param end the whole shift's local end
	 * @param minutes the whole shift's elapsed minutes
	 * @param colour the member's colour, 0 to {@link #COLOURS} - 1
	 * @param continued whether the shift began the day before
	 * @param goesOn whether the shift goes on past the day's midnight
	 * @param brokenRules the legal rules the shift breaks now, by constraint name: a stored plan the register changed
	 *        under, or an override
	 * @param overridden whether the coordinator kept the shift against those rules, knowingly
	 */
	public record Block(String shift, int day, String memberId, String member, String site, String skillId,
			String skill, int startMinute, int endMinute, LocalDateTime start, LocalDateTime end, int minutes,
			int colour, boolean pinned, boolean continued, boolean goesOn, List<String> brokenRules,
			boolean overridden) {

		/** Whether the shift breaks a legal rule now. */
		public boolean breaksRules() {
			return !brokenRules.isEmpty();
		}

	}

	/**
	 * What the board marks beyond the plan itself.
	 *
	 * @param brokenRules the legal rules each shift breaks, by shift key ({@code r1#0}) and constraint name
	 * @param overridden the keys of the shifts kept against a rule by the coordinator
	 * @param declared the periods workers declared they cannot work, by worker id, on the wall clock: the register
	 *        knows who entered a period, the problem file does not
	 */
	public record Marks(Map<String, List<String>> brokenRules, Set<String> overridden,
			Map<String, List<Window>> declared) {

		public static final Marks NONE = new Marks(Map.of(), Set.of());

		public Marks(Map<String, List<String>> brokenRules, Set<String> overridden) {
			this(brokenRules, overridden, Map.of());
		}

	}

	/**
	 * A period the worker declared they cannot work, on one of the days it touches.
	 *
	 * @param day 0 is Monday
	 * @param period the whole period, as its label says it
	 */
	public record Declared(int day, Window period) {
	}

	/**
	 * A worker's week.
	 *
	 * @param scheduledMinutes the plan's work minutes of the worker, the whole week whatever the filters
	 * @param contractMinutes the contract's weekly minutes
	 * @param employers how many members the worker works for in the week
	 * @param travelMinutes the week's travel between sites
	 * @param declared the days of the week the worker declared they cannot work, in part or whole
	 */
	public record WorkerRow(String workerId, String name, List<String> skills, List<Block> blocks, int scheduledMinutes,
			int contractMinutes, int employers, int travelMinutes, List<Declared> declared) {

		public List<Block> blocksOn(int day) {
			return blocks.stream().filter(block -> block.day() == day).toList();
		}

		public List<Declared> declaredOn(int day) {
			return declared.stream().filter(period -> period.day() == day).toList();
		}

		/** The scheduled minutes in percent of the contract, at most 100 (the bar is full). */
		public double contractShare() {
			return contractMinutes == 0 ? 100 : Math.min(100, 100.0 * scheduledMinutes / contractMinutes);
		}

		public boolean aboveContract() {
			return scheduledMinutes > contractMinutes;
		}

	}

	/**
	 * A shift no worker took.
	 *
	 * @param day the day its first window starts, 0 is Monday
	 * @param windows its request's windows, local times
	 * @param reason why no one could take it, if the plan says
	 */
	public record UncoveredShift(String shift, int day, String memberId, String member, String site, String skillId,
			String skill, int minutes, List<Window> windows, int colour, @Nullable String reason) {
	}

	/** A covered shift and the worker who took it; the block is its first day's, whose times are the whole shift's. */
	public record CoveredShift(WorkerRow worker, Block block) {
	}

	/** A request's window on the wall clock. */
	public record Window(LocalDateTime start, LocalDateTime end) {
	}

	/** A member's requested and covered minutes in the week. */
	public record MemberTotal(String memberId, String name, int requestedMinutes, int coveredMinutes, int colour) {

		public int uncoveredMinutes() {
			return requestedMinutes - coveredMinutes;
		}

		/** The share of the requested minutes covered, 1 when nothing is requested. */
		public double coveredShare() {
			return requestedMinutes == 0 ? 1 : (double) coveredMinutes / requestedMinutes;
		}

	}

	/**
	 * Which shifts and workers to show; an empty set filters nothing.
	 *
	 * @param members shifts of these members, and the workers who have one
	 * @param skills shifts needing these skills, and the workers who have one or have the skill (whom to look at for
	 *        the uncovered ones)
	 * @param workers these workers' rows
	 */
	public record Filter(Set<String> members, Set<String> skills, Set<String> workers) {

		public static final Filter NONE = new Filter(Set.of(), Set.of(), Set.of());

		public Filter {
			members = Set.copyOf(members);
			skills = Set.copyOf(skills);
			workers = Set.copyOf(workers);
		}

		boolean shows(String member, String skill) {
			return (members.isEmpty() || members.contains(member)) && (skills.isEmpty() || skills.contains(skill));
		}

	}

	/** The board of a week's plan and its problem, nothing marked. */
	public static BoardModel of(ProblemDocument problem, PlanDocument plan) {
		return of(problem, plan, Marks.NONE);
	}

	/** The board of a week's plan and its problem, its blocks marked where they break a rule or were overridden. */
	public static BoardModel of(ProblemDocument problem, PlanDocument plan, Marks marks) {
		var calendar = WeekCalendar.of(problem.weekStart(), ZoneId.of(problem.timeZone()));
		var names = PlanNames.of(problem);
		var requests = byId(problem.requests(), ProblemDocument.Request::id);
		var sites = problem.members().stream().flatMap(member -> member.sites().stream())
				.collect(Collectors.toMap(ProblemDocument.Site::id, ProblemDocument.Site::name, (a, b) -> a));
		var colours = new HashMap<String, Integer>();
		for (var i = 0; i < problem.members().size(); i++) {
			colours.put(problem.members().get(i).id(), i % COLOURS);
		}
		var blocks = new HashMap<String, List<Block>>();
		var tray = new ArrayList<UncoveredShift>();
		for (var shift : plan.shifts()) {
			var request = requests.get(shift.request());
			var key = new ShiftKey(shift.request(), shift.index()).toString();
			var member = request.member();
			var colour = colours.getOrDefault(member, 0);
			var worker = shift.worker();
			var start = shift.start();
			var end = shift.end();
			if (worker == null || start == null || end == null) {
				var windows = request.windows().stream()
						.map(window -> new Window(window.start().local(), window.end().local())).toList();
				tray.add(new UncoveredShift(key, calendar.dayOf(minute(calendar, request.windows().getFirst().start())),
						member, names.member(member), sites.getOrDefault(request.site(), request.site()),
						request.skill(), names.skill(request.skill()), request.durationMinutes(), windows, colour,
						shift.reason()));
				continue;
			}
			var from = minute(calendar, start);
			var to = minute(calendar, end);
			var lastDay = Math.min(6, calendar.dayOf(to - 1));
			for (var day = Math.max(0, calendar.dayOf(from)); day <= lastDay; day++) {
				var block = new Block(key, day, member, names.member(member),
						sites.getOrDefault(request.site(), request.site()), request.skill(),
						names.skill(request.skill()), wallMinute(calendar, Math.max(from, calendar.dayStart(day)), day),
						wallMinute(calendar, Math.min(to, calendar.dayStart(day + 1)), day), start.local(), end.local(),
						to - from, colour, Boolean.TRUE.equals(shift.pinned()), from < calendar.dayStart(day),
						to > calendar.dayStart(day + 1), marks.brokenRules().getOrDefault(key, List.of()),
						marks.overridden().contains(key));
				blocks.computeIfAbsent(worker, w -> new ArrayList<>()).add(block);
			}
		}
		var summaries = byId(plan.workers(), PlanDocument.WorkerSummary::id);
		var rows = problem.workers().stream().map(worker -> {
			var summary = summaries.get(worker.id());
			var own = blocks.getOrDefault(worker.id(), List.of()).stream()
					.sorted(Comparator.comparing(Block::day).thenComparing(Block::startMinute)).toList();
			return new WorkerRow(worker.id(), worker.name(), worker.skills(), own,
					summary == null ? 0 : summary.workedMinutes(), worker.contractMinutes(),
					summary == null ? 0 : summary.members(), summary == null ? 0 : summary.travelMinutes(),
					declared(problem.weekStart(), marks.declared().getOrDefault(worker.id(), List.of())));
		}).toList();
		tray.sort(Comparator.comparing((UncoveredShift shift) -> shift.windows().getFirst().start())
				.thenComparing(UncoveredShift::shift));
		var members = plan
				.members().stream().map(member -> new MemberTotal(member.id(), names.member(member.id()),
						member.requestedMinutes(), member.coveredMinutes(), colours.getOrDefault(member.id(), 0)))
				.toList();
		var days = IntStream.range(0, 7).mapToObj(day -> problem.weekStart().plusDays(day)).toList();
		var span = Span.holding(blocks.values().stream().flatMap(List::stream).toList());
		return new BoardModel(problem.weekStart(), days, span, rows, List.copyOf(tray), members,
				problem.members().stream().map(member -> new Choice(member.id(), member.name())).toList(),
				problem.skills().stream().map(skill -> new Choice(skill.id(), skill.name())).toList(),
				problem.workers().stream().map(worker -> new Choice(worker.id(), worker.name())).toList());
	}

	/**
	 * The board narrowed by the filter: rows, blocks, tray and member totals. A row's totals stay the whole week's,
	 * since the contract and the law count every hour; the span stays, so the board does not move while filtering.
	 */
	public BoardModel filtered(Filter filter) {
		var narrowedRows = rows.stream()
				.filter(row -> filter.workers().isEmpty() || filter.workers().contains(row.workerId())).map(row -> {
					var shown = row.blocks().stream().filter(block -> filter.shows(block.memberId(), block.skillId()))
							.toList();
					return new WorkerRow(row.workerId(), row.name(), row.skills(), shown, row.scheduledMinutes(),
							row.contractMinutes(), row.employers(), row.travelMinutes(), row.declared());
				})
				.filter(row -> (filter.members().isEmpty() || !row.blocks().isEmpty()) && (filter.skills().isEmpty()
						|| !row.blocks().isEmpty() || row.skills().stream().anyMatch(filter.skills()::contains)))
				.toList();
		return new BoardModel(weekStart, days, span, narrowedRows,
				tray.stream().filter(shift -> filter.shows(shift.memberId(), shift.skillId())).toList(),
				members.stream()
						.filter(member -> filter.members().isEmpty() || filter.members().contains(member.memberId()))
						.toList(),
				memberChoices, skillChoices, workerChoices);
	}

	/** The worker's row, whatever the filters. */
	public Optional<WorkerRow> row(String workerId) {
		return rows.stream().filter(row -> row.workerId().equals(workerId)).findFirst();
	}

	/** A covered shift's first block, with the worker whose row it is on. */
	public Optional<CoveredShift> covered(String shift) {
		return rows.stream().flatMap(row -> row.blocks().stream().filter(block -> block.shift().equals(shift))
				.map(block -> new CoveredShift(row, block))).findFirst();
	}

	/** An uncovered shift in the tray. */
	public Optional<UncoveredShift> uncovered(String shift) {
		return tray.stream().filter(uncovered -> uncovered.shift().equals(shift)).findFirst();
	}

	/** Each period on each day of the week it touches; a period ending at midnight leaves the next day free. */
	private static List<Declared> declared(LocalDate weekStart, List<Window> periods) {
		return periods.stream().flatMap(period -> {
			var first = Math.max(0, ChronoUnit.DAYS.between(weekStart, period.start().toLocalDate()));
			var last = Math.min(6, ChronoUnit.DAYS.between(weekStart, period.end().minusNanos(1).toLocalDate()));
			return LongStream.rangeClosed(first, last).mapToObj(day -> new Declared((int) day, period));
		}).toList();
	}

	private static int minute(WeekCalendar calendar, WallTime time) {
		return calendar.minuteOf(time.atZone(calendar.zone()));
	}

	/** Minutes since the day's midnight on the wall clock of an elapsed minute of that day; its next midnight 1,440. */
	private static int wallMinute(WeekCalendar calendar, int minute, int day) {
		if (minute >= calendar.dayStart(day + 1)) {
			return DAY_MINUTES;
		}
		var time = calendar.timeOf(minute).toLocalTime();
		return time.getHour() * 60 + time.getMinute();
	}

	private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
	}

}
