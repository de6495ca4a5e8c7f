package fr.mosaic.planning.ui.board;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;

import fr.mosaic.planning.Durations;
import fr.mosaic.planning.PlanningMessage;
import fr.mosaic.planning.ui.board.BoardModel.Block;
import fr.mosaic.planning.ui.board.BoardModel.Choice;
import fr.mosaic.planning.ui.board.BoardModel.Declared;
import fr.mosaic.planning.ui.board.BoardModel.Filter;
import fr.mosaic.planning.ui.board.BoardModel.MemberTotal;
import fr.mosaic.planning.ui.board.BoardModel.UncoveredShift;
import fr.mosaic.planning.ui.board.BoardModel.WorkerRow;

/**
 * The week at a glance: a row per worker across the seven days, each shift a block at its time in its member's colour,
 * the uncovered shifts in a tray above, each member's cover, and filters by member, skill and worker. Plain elements
 * styled by {@code week-board.css}; a block or an uncovered shift, clicked or entered from the keyboard, fires a
 * {@link ShiftClickEvent} with its shift's key, also found in its {@code data-shift} attribute; a worker's name cell
 * fires a {@link WorkerClickEvent}.
 */
@StyleSheet("context://assets/week-board.css")
public class WeekBoard extends Div {

	/** How many members short of cover the summary names; the member filter shows any other. */
	public static final int SHORT_SHOWN = 8;

	final MultiSelectComboBox<Choice> memberFilter = new MultiSelectComboBox<>();

	final MultiSelectComboBox<Choice> skillFilter = new MultiSelectComboBox<>();

	final MultiSelectComboBox<Choice> workerFilter = new MultiSelectComboBox<>();

	private final Div summary = new Div();

	private final Div tray = new Div();

	private final Div grid = new Div();

	private @Nullable BoardModel model;

	/** A block or an uncovered shift chosen on the board. */
	public static class ShiftClickEvent extends ComponentEvent<WeekBoard> {

		private final String shift;

		ShiftClickEvent(WeekBoard source, String shift) {
			super(source, true);
			this.shift = shift;
		}

		/** The shift's key: {@code r1#0}. */
		public String getShift() {
			return shift;
		}

	}

	/** A worker's row chosen on the board, by its name cell. */
	public static class WorkerClickEvent extends ComponentEvent<WeekBoard> {

		private final String worker;

		WorkerClickEvent(WeekBoard source, String worker) {
			super(source, true);
			this.worker = worker;
		}

		/** The worker's id. */
		public String getWorker() {
			return worker;
		}

	}

	public WeekBoard() {
		addClassName("week-board");
		setId("week-board");
		filter(memberFilter, "member");
		filter(skillFilter, "skill");
		filter(workerFilter, "worker");
		var filters = new Div(memberFilter, skillFilter, workerFilter);
		filters.addClassName("week-board-filters");
		summary.addClassName("week-board-summary");
		tray.addClassName("week-board-tray");
		tray.setId("week-board-tray");
		grid.addClassName("week-board-grid");
		add(filters, summary, tray, grid);
	}

	private void filter(MultiSelectComboBox<Choice> box, String name) {
		box.setLabel(getTranslation("planning.board.filter." + name));
		box.setId("week-board-filter-" + name);
		box.setItemLabelGenerator(Choice::name);
		box.setClearButtonVisible(true);
		box.addValueChangeListener(event -> render());
	}

	/** Shows a week's plan; the filters chosen stay as long as their members, skills and workers do. */
	public void show(BoardModel board) {
		model = board;
		choices(memberFilter, board.memberChoices());
		choices(skillFilter, board.skillChoices());
		choices(workerFilter, board.workerChoices());
		render();
	}

	/** Shows nothing: the week has no plan. */
	public void clear() {
		model = null;
		summary.removeAll();
		tray.removeAll();
		grid.removeAll();
	}

	public Registration addShiftClickListener(ComponentEventListener<ShiftClickEvent> listener) {
		return addListener(ShiftClickEvent.class, listener);
	}

	public Registration addWorkerClickListener(ComponentEventListener<WorkerClickEvent> listener) {
		return addListener(WorkerClickEvent.class, listener);
	}

	private static void choices(MultiSelectComboBox<Choice> box, List<Choice> choices) {
		var kept = box.getValue().stream().filter(choices::contains).collect(Collectors.toSet());
		box.setItems(choices);
		box.setValue(kept);
	}

	private void render() {
		if (model == null) {
			return;
		}
		var board = model.filtered(new Filter(ids(memberFilter), ids(skillFilter), ids(workerFilter)));
		renderSummary(board);
		renderTray(board);
		renderGrid(board);
	}

	private static Set<String> ids(MultiSelectComboBox<Choice> box) {
		return box.getValue().stream().map(Choice::id).collect(Collectors.toSet());
	}

	private void renderSummary(BoardModel board) {
		summary.removeAll();
		var title = new Span(getTranslation("planning.board.summary"));
		title.addClassName("week-board-title");
		summary.add(title);
		// the members shortest of cover, one line each, the worst first; the others in a line or two, so the board
		// stays in view at a hundred members
		var shortOfCover = board.members().stream().filter(member -> member.uncoveredMinutes() > 0)
				.sorted(Comparator.comparingDouble(MemberTotal::coveredShare).thenComparing(MemberTotal::name))
				.toList();
		for (MemberTotal member : shortOfCover.subList(0, Math.min(SHORT_SHOWN, shortOfCover.size()))) {
			var swatch = new Span();
			swatch.addClassNames("week-board-swatch", colour(member.colour()));
			var cover = new Span(getTranslation("planning.board.memberCover", hours(member.coveredMinutes()),
					hours(member.requestedMinutes())));
			var item = new Div(swatch, new Span(member.name()), cover);
			item.addClassName("week-board-member");
			item.getElement().setAttribute("data-member", member.memberId());
			item.addClassName("short");
			summary.add(item);
		}
		if (shortOfCover.size() > SHORT_SHOWN) {
			var more = new Div(
					new Span(getTranslation("planning.board.membersShort", shortOfCover.size() - SHORT_SHOWN)));
			more.addClassName("week-board-covered");
			summary.add(more);
		}
		var covered = board.members().stream()
				.filter(member -> member.requestedMinutes() > 0 && member.uncoveredMinutes() == 0).count();
		if (covered > 0) {
			var others = new Div(new Span(getTranslation("planning.board.membersCovered", covered)));
			others.addClassName("week-board-covered");
			summary.add(others);
		}
	}

	private void renderTray(BoardModel board) {
		tray.removeAll();
		var shifts = board.tray();
		tray.setClassName("empty", shifts.isEmpty());
		var title = new Span(getTranslation("planning.board.tray", shifts.size()));
		title.addClassName("week-board-title");
		tray.add(title);
		for (UncoveredShift shift : shifts) {
			var windows = shift.windows().stream().map(window -> window(window.start(), window.end()))
					.collect(Collectors.joining(", "));
			var item = new Div(line("week-board-block-member", shift.member()),
					line(null, shift.site() + " · " + shift.skill() + " · " + hours(shift.minutes())),
					line(null, windows));
			if (shift.reason() != null) {
				item.add(line("week-board-reason", shift.reason()));
			}
			item.addClassNames("week-board-uncovered", colour(shift.colour()));
			clickable(item,
					getTranslation("planning.board.uncoveredLabel", shift.member(), shift.site(), shift.skill(),
							hours(shift.minutes()), windows),
					() -> fireEvent(new ShiftClickEvent(this, shift.shift())));
			item.getElement().setAttribute("data-shift", shift.shift());
			tray.add(item);
		}
	}

	private void renderGrid(BoardModel board) {
		grid.removeAll();
		var span = board.span();
		grid.getStyle().set("--week-board-hours", String.valueOf(span.lastHour() - span.firstHour()));
		var corner = new Div(new Span(getTranslation("planning.board.worker")),
				new Span(getTranslation("planning.board.hours", span.firstHour(), span.lastHour())));
		corner.addClassNames("week-board-corner");
		var head = new Div(corner);
		head.addClassNames("week-board-row", "week-board-head");
		var dayName = DateTimeFormatter.ofPattern("EEE d MMM", getLocale());
		for (var date : board.days()) {
			var day = new Div(new Span(dayName.format(date)));
			day.addClassName("week-board-dayname");
			head.add(day);
		}
		grid.add(head);
		if (board.rows().isEmpty()) {
			var none = new Div(new Span(getTranslation("planning.board.noRows")));
			none.addClassName("week-board-none");
			grid.add(none);
		}
		for (WorkerRow worker : board.rows()) {
			var row = new Div(workerCell(worker));
			row.addClassName("week-board-row");
			row.getElement().setAttribute("data-worker", worker.workerId());
			for (var day = 0; day < 7; day++) {
				var cell = new Div();
				cell.addClassName("week-board-day");
				markDeclared(cell, worker.declaredOn(day));
				for (Block block : worker.blocksOn(day)) {
					cell.add(block(block, span));
				}
				row.add(cell);
			}
			grid.add(row);
		}
	}

	/** Hatches a day the worker declared they cannot work, in part or whole, the periods in its title. */
	private void markDeclared(Div cell, List<Declared> declared) {
		if (declared.isEmpty()) {
			return;
		}
		var periods = declared.stream().map(period -> window(period.period().start(), period.period().end()))
				.collect(Collectors.joining(", "));
		cell.addClassName("declared");
		cell.getElement().setAttribute("title", getTranslation("planning.board.declared", periods));
	}

	private Div workerCell(WorkerRow worker) {
		var fill = new Div();
		fill.addClassName("week-board-bar-fill");
		fill.setWidth(percent(worker.contractShare()));
		var bar = new Div(fill);
		bar.addClassName("week-board-bar");
		bar.setClassName("over", worker.aboveContract());
		var contract = BoardTimes.contract(worker, getLocale());
		bar.getElement().setAttribute("role", "img");
		bar.getElement().setAttribute("aria-label", contract);
		var facts = getTranslation("planning.board.employers", worker.employers());
		var cell = new Div(line("week-board-name", worker.name()), bar, line("week-board-contract", contract),
				line("week-board-facts", facts));
		cell.addClassName("week-board-worker");
		var workerId = worker.workerId();
		clickable(cell, getTranslation("planning.board.workerLabel", worker.name(), contract),
				() -> fireEvent(new WorkerClickEvent(this, workerId)));
		return cell;
	}

	private Div block(Block block, BoardModel.Span span) {
		// one text node of three lines, not three elements: a large group's board holds thousands of blocks
		var element = new Div();
		element.setText(block.member() + "\n" + block.site() + "\n" + times(block.start(), block.end()));
		element.addClassNames("week-board-block", colour(block.colour()));
		element.setClassName("pinned", block.pinned());
		element.setClassName("continued", block.continued());
		element.setClassName("goes-on", block.goesOn());
		element.getStyle().set("left", percent(span.left(block))).set("width", percent(span.width(block)));
		var label = getTranslation("planning.board.blockLabel", block.member(), block.site(), block.skill(),
				window(block.start(), block.end()), hours(block.minutes()));
		if (block.pinned()) {
			label += " · " + getTranslation("planning.board.pinned");
		}
		if (block.breaksRules()) {
			// an override is the coordinator's choice; any other breach is the register changed under the plan
			var mark = getTranslation(block.overridden() ? "planning.board.overridden" : "planning.board.breaks",
					block.brokenRules().stream().map(rule -> PlanningMessage.rule(rule).render(getLocale()))
							.collect(Collectors.joining(", ")));
			element.addClassName(block.overridden() ? "overridden" : "breaks");
			element.add(line("week-board-mark", mark));
			label += " · " + mark;
		}
		var shift = block.shift();
		clickable(element, label, () -> fireEvent(new ShiftClickEvent(this, shift)));
		element.getElement().setAttribute("data-shift", shift);
		return element;
	}

	/** Focusable, and fires its event on a click or Enter or Space. */
	private static void clickable(Div element, String label, Runnable fire) {
		element.getElement().setAttribute("tabindex", "0");
		element.getElement().setAttribute("role", "button");
		element.getElement().setAttribute("aria-label", label);
		element.getElement().setAttribute("title", label);
		element.addClickListener(event -> fire.run());
		element.getElement().addEventListener("keydown", event -> fire.run())
				.setFilter("event.key === 'Enter' || event.key === ' '");
	}

	private String window(LocalDateTime start, LocalDateTime end) {
		return BoardTimes.window(start, end, getLocale());
	}

	private String times(LocalDateTime start, LocalDateTime end) {
		return BoardTimes.times(start, end, getLocale());
	}

	private static Span line(@Nullable String className, String text) {
		var span = new Span(text);
		span.addClassName("week-board-line");
		if (className != null) {
			span.addClassName(className);
		}
		return span;
	}

	private static String colour(int colour) {
		return "member-colour-" + colour;
	}

	private static String percent(double value) {
		return String.format(Locale.ROOT, "%.3f%%", value);
	}

	private String hours(int minutes) {
		return Durations.format(minutes, getLocale());
	}

}
