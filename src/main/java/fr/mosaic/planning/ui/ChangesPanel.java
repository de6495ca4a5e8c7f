package fr.mosaic.planning.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import fr.mosaic.interchange.WallTime;
import fr.mosaic.planning.PlanChanges.Change;
import fr.mosaic.planning.PlanNames;
import fr.mosaic.planning.PlanningService.WeekReview;

/**
 * What the draft of a reopened week changes against the week as published, one shift a row: who, which shift, before
 * and after. Read before the week is published again; hidden for any other week.
 */
class ChangesPanel extends VerticalLayout {

	final Span title = new Span();

	final Grid<Row> changes = new Grid<>();

	/** One changed shift in words. */
	record Row(String shift, String before, String after) {
	}

	ChangesPanel() {
		title.setId("plan-changes-title");
		changes.setId("plan-changes");
		changes.addColumn(Row::shift).setHeader(getTranslation("planning.view.changeShift")).setAutoWidth(true);
		changes.addColumn(Row::before).setHeader(getTranslation("planning.view.changeBefore")).setAutoWidth(true);
		changes.addColumn(Row::after).setHeader(getTranslation("planning.view.changeAfter")).setFlexGrow(1);
		changes.setAllRowsVisible(true);
		setPadding(false);
		add(title, changes);
		setVisible(false);
	}

	/** Shows the changes of a reopened week, none included; hides itself for a week that was not reopened. */
	void show(WeekReview review, boolean reopened) {
		setVisible(reopened);
		if (!reopened) {
			return;
		}
		var names = PlanNames.of(review.problem());
		var locale = getLocale();
		title.setText(getTranslation("planning.view.changesTitle", review.changes().size()));
		changes.setItems(rows(review.changes(), names, locale));
		changes.setVisible(!review.changes().isEmpty());
	}

	private List<Row> rows(List<Change> list, PlanNames names, Locale locale) {
		var format = DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", locale);
		return list.stream()
				.map(change -> new Row(names.shift(change.shiftId()),
						assignment(change.workerBefore(), change.startBefore(), names, format),
						assignment(change.workerAfter(), change.startAfter(), names, format)))
				.toList();
	}

	private String assignment(@Nullable String worker, @Nullable WallTime start, PlanNames names,
			DateTimeFormatter format) {
		if (worker == null || start == null) {
			return getTranslation("planning.view.uncovered");
		}
		return getTranslation("planning.view.changeAssignment", names.worker(worker), format.format(start.local()));
	}

}
