package fr.mosaic.planning.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import fr.mosaic.base.RefusedException;
import fr.mosaic.base.ui.ServiceCalls;
import fr.mosaic.interchange.ShiftKey;
import fr.mosaic.planning.Durations;
import fr.mosaic.planning.PlanningMessage;
import fr.mosaic.planning.ShiftEditing;
import fr.mosaic.planning.ShiftEditing.Recommendation;
import fr.mosaic.planning.ShiftEditing.RuleBrokenException;
import fr.mosaic.planning.ui.board.BoardTimes;

/**
 * Under a chosen shift of a draft: the workers the solver recommends for it, each with what taking it would change, and
 * the buttons to assign, unassign, pin or unpin it. A choice that breaks a legal rule is refused with the rule named;
 * an explicit override keeps it, marked.
 */
class ShiftEditor extends Div {

	/** How many recommendations to list: the first ones are the solver's best. */
	static final int SHOWN = 8;

	final Button recommend = new Button();

	final Button unassign = new Button();

	final Button pin = new Button();

	final Div recommendations = new Div();

	private final ShiftEditing editing;

	private final Supplier<LocalDate> week;

	private final Consumer<String> changed;

	private @Nullable ShiftKey shift;

	private boolean pinned;

	/**
	 * @param week the Monday of the week shown
	 * @param changed told the shift's key once the draft changed, to show it again
	 */
	ShiftEditor(ShiftEditing editing, Supplier<LocalDate> week, Consumer<String> changed) {
		this.editing = editing;
		this.week = week;
		this.changed = changed;
		addClassName("shift-editor");
		setId("shift-editor");
		recommend.setId("shift-recommend");
		recommend.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
		recommend.addClickListener(event -> showRecommendations());
		unassign.setText(getTranslation("planning.edit.unassign"));
		unassign.setId("shift-unassign");
		unassign.addThemeVariants(ButtonVariant.LUMO_SMALL);
		unassign.addClickListener(event -> assign(null, null, false));
		pin.setId("shift-pin");
		pin.addThemeVariants(ButtonVariant.LUMO_SMALL);
		pin.addClickListener(event -> call(() -> editing.pin(week.get(), current(), !pinned)));
		recommendations.setId("shift-recommendations");
		var buttons = new Div(recommend, unassign, pin);
		buttons.addClassName("shift-editor-buttons");
		add(buttons, recommendations);
	}

	/** Offers the actions of a shift: by its key ({@code r1#0}), whether it has a worker and is pinned. */
	void show(String key, boolean covered, boolean pinned) {
		var hash = key.lastIndexOf('#');
		this.shift = new ShiftKey(key.substring(0, hash), Integer.parseInt(key.substring(hash + 1)));
		this.pinned = pinned;
		recommend.setText(getTranslation(covered ? "planning.edit.reassign" : "planning.edit.assign"));
		unassign.setVisible(covered);
		pin.setVisible(covered);
		pin.setText(getTranslation(pinned ? "planning.edit.unpin" : "planning.edit.pin"));
		recommendations.removeAll();
	}

	private ShiftKey current() {
		if (shift == null) {
			throw new IllegalStateException("no shift chosen");
		}
		return shift;
	}

	/** The solver's recommendations, best first, each with its button. */
	void showRecommendations() {
		recommendations.removeAll();
		List<Recommendation> found;
		try {
			found = editing.recommend(week.get(), current());
		} catch (RefusedException ex) {
			ServiceCalls.refused(this, ex);
			return;
		}
		if (found.isEmpty()) {
			recommendations.add(new Span(getTranslation("planning.edit.noRecommendation")));
			return;
		}
		found.stream().limit(SHOWN).forEach(recommendation -> recommendations.add(item(recommendation)));
	}

	private Div item(Recommendation recommendation) {
		var locale = getLocale();
		var name = new Span(recommendation.current()
				? getTranslation("planning.edit.currentWorker", recommendation.worker())
				: recommendation.worker());
		name.addClassName("shift-recommendation-name");
		var when = new Span(BoardTimes.window(recommendation.startTime().toLocalDateTime(),
				recommendation.endTime().toLocalDateTime(), locale));
		var effect = getTranslation("planning.board.contract",
				Durations.format(recommendation.scheduledMinutes(), locale),
				Durations.format(recommendation.contractMinutes(), locale));
		if (recommendation.coveredMinutesGained() > 0) {
			effect += " · " + getTranslation("planning.edit.covers",
					Durations.format(recommendation.coveredMinutesGained(), locale));
		}
		var item = new Div(name, when, new Span(effect));
		item.addClassName("shift-recommendation");
		if (!recommendation.brokenRules().isEmpty()) {
			var broken = new Span(getTranslation("planning.edit.breaks", rules(recommendation.brokenRules())));
			broken.addClassName("shift-recommendation-breaks");
			item.add(broken);
		} else if (!recommendation.costs().isEmpty()) {
			item.add(new Span(getTranslation("planning.edit.costs", rules(recommendation.costs()))));
		}
		var choose = new Button(getTranslation("planning.edit.choose"),
				event -> assign(recommendation.workerId(), recommendation.start(), false));
		choose.setId("assign-" + recommendation.workerId());
		choose.addThemeVariants(ButtonVariant.LUMO_SMALL);
		choose.setEnabled(!recommendation.current());
		item.add(choose);
		return item;
	}

	private void assign(@Nullable String workerId, @Nullable Integer start, boolean override) {
		try {
			editing.assign(week.get(), current(), workerId, start, override);
			changed.accept(current().toString());
		} catch (RuleBrokenException ex) {
			confirmOverride(ex, workerId, start);
		} catch (RefusedException ex) {
			ServiceCalls.refused(this, ex);
		}
	}

	/** The change is refused with the rules it breaks; the coordinator may still keep it, knowingly. */
	private void confirmOverride(RuleBrokenException ex, @Nullable String workerId, @Nullable Integer start) {
		var dialog = new ConfirmDialog(getTranslation("planning.edit.overrideTitle"),
				getTranslation("planning.edit.overrideText", rules(ex.rules())),
				getTranslation("planning.edit.override"), event -> assign(workerId, start, true));
		dialog.setConfirmButtonTheme("error primary");
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("base.action.cancel"));
		dialog.setId("shift-override-dialog");
		dialog.open();
	}

	private void call(Runnable edit) {
		try {
			edit.run();
			changed.accept(current().toString());
		} catch (RefusedException ex) {
			ServiceCalls.refused(this, ex);
		}
	}

	private String rules(List<String> rules) {
		return String.join(", ", rules.stream().map(rule -> PlanningMessage.rule(rule).render(getLocale())).toList());
	}

}
