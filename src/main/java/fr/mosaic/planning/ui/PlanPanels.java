package fr.mosaic.planning.ui;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import fr.mosaic.planning.Durations;
import fr.mosaic.planning.PlanExplanation;
import fr.mosaic.planning.ui.board.BoardModel;
import fr.mosaic.planning.ui.board.WeekBoard;

/**
 * The plan's readings: the week board with the plan in words beside it, its shifts, each worker's hours against the
 * contract, and the score by rule. All in words; the raw scores show only with the technical detail, for whoever tunes
 * the solver.
 */
class PlanPanels extends TabSheet {

	final WeekBoard board = new WeekBoard();

	/** Beside the board: the plan in words, or the worker or shift chosen on the board. */
	final DetailsPanel details = new DetailsPanel();

	final Grid<PlanRows.Row> shifts = new Grid<>();

	final Grid<PlanRows.WorkerRow> workers = new Grid<>();

	final Grid<PlanExplanation.RuleScore> rules = new Grid<>();

	final Grid<PenaltyRow> penalties = new Grid<>();

	/** Shows the raw scores: the plan's beside this box, each rule's and penalty's in their grids. */
	final Checkbox technical = new Checkbox();

	final Span rawScore = new Span();

	private final Grid.Column<PlanExplanation.RuleScore> ruleScore;

	private final Grid.Column<PenaltyRow> penaltyScore;

	final Tab penaltiesTab;

	// the penalties of the plan shown, until their tab is opened
	private @Nullable Supplier<List<PenaltyRow>> penaltyRows;

	/** One penalty in words, under its rule. */
	record PenaltyRow(String rule, String detail, String score) {
	}

	PlanPanels() {
		shifts.addColumn(PlanRows.Row::day).setHeader(getTranslation("planning.view.day")).setAutoWidth(true);
		shifts.addColumn(PlanRows.Row::time).setHeader(getTranslation("planning.view.time")).setAutoWidth(true);
		shifts.addColumn(PlanRows.Row::member).setHeader(getTranslation("planning.view.member")).setAutoWidth(true);
		shifts.addColumn(PlanRows.Row::site).setHeader(getTranslation("planning.view.site")).setAutoWidth(true);
		shifts.addColumn(PlanRows.Row::skill).setHeader(getTranslation("planning.view.skill")).setAutoWidth(true);
		shifts.addColumn(row -> row.covered() ? row.worker() : getTranslation("planning.view.uncovered"))
				.setHeader(getTranslation("planning.view.worker")).setAutoWidth(true);
		shifts.addColumn(row -> row.reason() == null ? "" : row.reason())
				.setHeader(getTranslation("planning.view.reason")).setFlexGrow(1);
		shifts.setPartNameGenerator(row -> row.covered() ? null : "uncovered");
		workers.addColumn(PlanRows.WorkerRow::name).setHeader(getTranslation("planning.view.worker"));
		workers.addColumn(row -> hours(row.workedMinutes())).setHeader(getTranslation("planning.view.worked"));
		workers.addColumn(row -> hours(row.contractMinutes())).setHeader(getTranslation("planning.view.contract"));
		workers.addColumn(row -> hours(row.shortfall())).setHeader(getTranslation("planning.view.shortfall"));
		workers.addColumn(row -> hours(row.travelMinutes())).setHeader(getTranslation("planning.view.travel"));
		workers.addColumn(PlanRows.WorkerRow::members).setHeader(getTranslation("planning.view.members"));
		rules.addColumn(rule -> ruleName(rule.rule())).setHeader(getTranslation("planning.view.rule")).setFlexGrow(1);
		rules.addColumn(rule -> level(rule.weight())).setHeader(getTranslation("planning.view.level"))
				.setAutoWidth(true);
		rules.addColumn(rule -> rule.penalties().size()).setHeader(getTranslation("planning.view.penalties"));
		ruleScore = rules.addColumn(rule -> rule.score().toString()).setHeader(getTranslation("planning.view.score"));
		penalties.addColumn(PenaltyRow::rule).setHeader(getTranslation("planning.view.rule")).setAutoWidth(true);
		penalties.addColumn(PenaltyRow::detail).setHeader(getTranslation("planning.view.detail")).setFlexGrow(1);
		penaltyScore = penalties.addColumn(PenaltyRow::score).setHeader(getTranslation("planning.view.score"))
				.setAutoWidth(true);
		board.addWorkerClickListener(event -> details.showWorker(event.getWorker()));
		board.addShiftClickListener(event -> details.showShift(event.getShift()));
		var boardTab = new Div(board, details);
		boardTab.addClassName("week-board-layout");
		add(getTranslation("planning.board.tab"), boardTab);
		add(getTranslation("planning.view.shiftsTab"), shifts);
		add(getTranslation("planning.view.workersTab"), workers);
		add(getTranslation("planning.view.rulesTab"), rules);
		penaltiesTab = add(getTranslation("planning.view.penaltiesTab"), penalties);
		addSelectedChangeListener(event -> showPenalties());
		technical.setLabel(getTranslation("planning.view.technical"));
		technical.setId("plan-technical");
		technical.addValueChangeListener(event -> showTechnical(event.getValue()));
		rawScore.setId("plan-raw-score");
		var expert = new HorizontalLayout(rawScore, technical);
		expert.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		setSuffixComponent(expert);
		showTechnical(false);
		setSizeFull();
	}

	void show(PlanRows rows, BoardModel week, PlanExplanation explanation, PenaltyText text) {
		setVisible(true);
		board.show(week);
		details.show(week, explanation, text);
		rawScore.setText(getTranslation("planning.view.rawScore", explanation.score().toString()));
		shifts.setItems(rows.shifts());
		workers.setItems(rows.workers());
		rules.setItems(explanation.rules());
		// thousands of penalties on a large week: put in words only once the coordinator opens their tab
		penaltyRows = () -> explanation.rules().stream()
				.flatMap(rule -> rule.penalties().stream().filter(penalty -> penalty.justification() != null)
						.map(penalty -> new PenaltyRow(ruleName(rule.rule()),
								text.render(rule.rule(), penalty.justification()), penalty.score().toString())))
				.toList();
		penalties.setItems(List.of());
		showPenalties();
	}

	private void showPenalties() {
		if (penaltyRows != null && getSelectedTab() == penaltiesTab) {
			penalties.setItems(penaltyRows.get());
			penaltyRows = null;
		}
	}

	/** The best plan so far on the board while the week is solved; its details wait for the end. */
	void showSolving(BoardModel week) {
		setVisible(true);
		board.show(week);
		details.clear();
	}

	private void showTechnical(boolean shown) {
		rawScore.setVisible(shown);
		ruleScore.setVisible(shown);
		penaltyScore.setVisible(shown);
	}

	private String ruleName(String rule) {
		return PenaltyText.ruleName(rule, getLocale());
	}

	private String level(HardMediumSoftLongScore weight) {
		return PenaltyText.level(weight, getLocale());
	}

	void clear() {
		setVisible(false);
		board.clear();
		details.clear();
	}

	private String hours(int minutes) {
		return Durations.format(minutes, getLocale());
	}

}
