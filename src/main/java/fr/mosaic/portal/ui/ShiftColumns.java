package fr.mosaic.portal.ui;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.DayTime;
import fr.mosaic.member.Site;
import fr.mosaic.weekplan.PlannedShift;

/** The columns a worker's week and a member's schedule share: the day, the times and the site of a published shift. */
final class ShiftColumns {

	private ShiftColumns() {
	}

	/**
	 * The day and the times of each row's shift, headed with the screen's keys {@code <prefix>.day} and
	 * {@code <prefix>.hours}, as wide as their text; the grid's cells wrap a long name or header rather than cut it.
	 */
	static <T> void addDayAndTimes(Grid<T> grid, Function<T, PlannedShift> shiftOf, Component screen, Locale locale,
			String prefix) {
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.addColumn(row -> DateText.weekday(start(shiftOf.apply(row)), locale))
				.setHeader(screen.getTranslation(prefix + ".day")).setAutoWidth(true).setFlexGrow(0);
		grid.addColumn(row -> DayTime.time(start(shiftOf.apply(row)).toLocalTime()) + "–"
				+ DayTime.time(Objects.requireNonNull(shiftOf.apply(row).getEnd()).toLocalTime()))
				.setHeader(screen.getTranslation(prefix + ".hours")).setAutoWidth(true).setFlexGrow(0);
	}

	/** A published shift has its times: only covered shifts are published to anyone. */
	private static LocalDateTime start(PlannedShift shift) {
		return Objects.requireNonNull(shift.getStart());
	}

	static Site site(PlannedShift shift) {
		return Objects.requireNonNull(shift.getRequest().getSite());
	}

}
