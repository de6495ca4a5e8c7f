package fr.mosaic.planning.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.mosaic.planning.Durations;
import fr.mosaic.planning.PlanExplanation;
import fr.mosaic.planning.PlanSummary;
import fr.mosaic.planning.ui.board.BoardModel;
import fr.mosaic.planning.ui.board.BoardModel.CoveredShift;
import fr.mosaic.planning.ui.board.BoardModel.UncoveredShift;
import fr.mosaic.planning.ui.board.BoardModel.WorkerRow;
import fr.mosaic.planning.ui.board.BoardTimes;

/**
 * Beside the week board, the plan in words: by default its summary and its score by rule, each rule with its level
 * (legal rule, coverage, preference); a worker chosen on the board, their hours against their contract and their
 * penalties; a shift chosen, where and when it is, who took it or why no one could, and the penalties naming it. No ids
 * and no raw scores: those stay in the technical detail of the other tabs.
 */
class DetailsPanel extends Div {

	/** Back to the plan's summary from a worker's or a shift's detail. */
	final Button back = new Button();

	final H3 title = new H3();

	final Div content = new Div();

	private @Nullable BoardModel board;

	private @Nullable PlanExplanation explanation;

	private @Nullable PenaltyText text;

	// the actions on a chosen shift, offered while the week is a draft no one is solving
	private @Nullable ShiftEditor editor;

	private boolean editable;

	DetailsPanel() {
		addClassName("plan-details");
		setId("plan-details");
		back.setText(getTranslation("planning.board.details.back"));
		back.setIcon(VaadinIcon.ARROW_LEFT.create());
		back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		back.setId("plan-details-back");
		back.addClickListener(event -> showSummary());
		content.setId("plan-details-content");
		add(back, title, content);
	}

	/** Offers the editor's actions under each chosen shift while {@link #setEditable editable}. */
	void setEditor(ShiftEditor editor) {
		this.editor = editor;
	}

	void setEditable(boolean editable) {
		this.editable = editable;
	}

	void show(BoardModel board, PlanExplanation explanation, PenaltyText text) {
		this.board = board;
		this.explanation = explanation;
		this.text = text;
		showSummary();
	}

	/** The plan's summary line and its score by rule, in the rules' order (legal rules first). */
	void showSummary() {
		start(null);
		if (explanation == null) {
			return;
		}
		title.setText(getTranslation("planning.board.details.title"));
		content.add(new Paragraph(PlanSummary.of(explanation).render(getLocale())));
		content.add(heading("planning.board.details.rules"));
		var rules = explanation.rules();
		if (rules.isEmpty()) {
			content.add(new Paragraph(getTranslation("planning.board.details.noRule")));
		}
		var list = new UnorderedList();
		for (var rule : rules) {
			list.add(new ListItem(
					getTranslation("planning.board.details.rule", PenaltyText.ruleName(rule.rule(), getLocale()),
							PenaltyText.level(rule.weight(), getLocale()), rule.penalties().size())));
		}
		content.add(list);
		content.add(new Paragraph(getTranslation("planning.board.details.hint")));
	}

	/** A worker's hours against their contract and every penalty naming them. */
	void showWorker(String workerId) {
		var row = board == null ? null : board.row(workerId).orElse(null);
		if (row == null) {
			showSummary();
			return;
		}
		start(row.name());
		content.add(new Paragraph(BoardTimes.contract(row, getLocale())));
		content.add(new Paragraph(getTranslation("planning.board.employers", row.employers())));
		penalties("workerId", workerId, getTranslation("planning.board.details.noWorkerPenalty", row.name()));
	}

	/** A shift: who took it, or why no one could, and every penalty naming it. */
	void showShift(String shift) {
		var covered = board == null ? null : board.covered(shift).orElse(null);
		var uncovered = board == null ? null : board.uncovered(shift).orElse(null);
		if (covered != null) {
			showCovered(covered);
		} else if (uncovered != null) {
			showUncovered(uncovered);
		} else {
			showSummary();
			return;
		}
		penalties("shiftId", shift, getTranslation("planning.board.details.noShiftPenalty"));
	}

	private void showCovered(CoveredShift covered) {
		var block = covered.block();
		WorkerRow worker = covered.worker();
		start(getTranslation("planning.board.details.shiftTitle", block.member(), block.skill()));
		fact("planning.board.details.site", block.site());
		fact("planning.board.details.when",
				BoardTimes.window(block.start(), block.end(), getLocale()) + " (" + hours(block.minutes()) + ")");
		fact("planning.board.details.worker", worker.name());
		if (block.pinned()) {
			content.add(new Paragraph(getTranslation("planning.board.details.pinned")));
		}
		if (block.breaksRules()) {
			var rules = String.join(", ",
					block.brokenRules().stream().map(rule -> PenaltyText.ruleName(rule, getLocale())).toList());
			var mark = new Paragraph(getTranslation(
					block.overridden() ? "planning.board.details.overridden" : "planning.board.details.breaks", rules));
			mark.setId("plan-details-breaks");
			mark.addClassName("plan-details-breaks");
			content.add(mark);
		}
		offerEditing(block.shift(), true, block.pinned());
	}

	private void offerEditing(String shift, boolean covered, boolean pinned) {
		if (editor != null && editable) {
			editor.show(shift, covered, pinned);
			content.add(editor);
		}
	}

	private void showUncovered(UncoveredShift shift) {
		start(getTranslation("planning.board.details.shiftTitle", shift.member(), shift.skill()));
		fact("planning.board.details.site", shift.site());
		// the request's windows say the days: one of its shifts has no day of its own until a worker takes it
		fact("planning.board.details.length", hours(shift.minutes()));
		fact("planning.board.details.windows", String.join(", ", shift.windows().stream()
				.map(window -> BoardTimes.window(window.start(), window.end(), getLocale())).toList()));
		content.add(heading("planning.board.details.why"));
		var reason = new Paragraph(
				shift.reason() == null ? getTranslation("planning.board.details.noReason") : shift.reason());
		reason.setId("plan-details-reason");
		content.add(reason);
		offerEditing(shift.shift(), false, false);
	}

	/** The penalties whose justification names the worker or shift, each under its rule's name. */
	private void penalties(String component, String id, String none) {
		content.add(heading("planning.board.details.penalties"));
		if (explanation == null || text == null) {
			return;
		}
		var words = text;
		var lines = explanation.rules().stream().flatMap(rule -> rule.penalties().stream()
				.map(PlanExplanation.Penalty::justification)
				.filter(justification -> justification != null
						&& PlanExplanation.mentions(justification, component, id))
				.map(justification -> getTranslation("planning.board.details.penalty",
						PenaltyText.ruleName(rule.rule(), getLocale()), words.render(rule.rule(), justification))))
				.toList();
		if (lines.isEmpty()) {
			content.add(new Paragraph(none));
			return;
		}
		var list = new UnorderedList();
		lines.forEach(line -> list.add(new ListItem(line)));
		content.add(list);
	}

	/** Empties the panel for a view titled so; the back button shows on every view but the summary. */
	private void start(@Nullable String heading) {
		content.removeAll();
		back.setVisible(heading != null);
		title.setText(heading == null ? "" : heading);
	}

	private void fact(String key, String value) {
		var line = new Paragraph(getTranslation(key) + " " + value);
		line.addClassName("plan-details-fact");
		content.add(line);
	}

	private Span heading(String key) {
		var heading = new Span(getTranslation(key));
		heading.addClassName("plan-details-heading");
		return heading;
	}

	private String hours(int minutes) {
		return Durations.format(minutes, getLocale());
	}

	void clear() {
		board = null;
		explanation = null;
		text = null;
		start(null);
	}

}
