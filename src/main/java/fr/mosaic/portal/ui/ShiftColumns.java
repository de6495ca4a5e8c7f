package fr.mosaic.portal.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.DayTime;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.member.Site;
import fr.mosaic.request.RequestWindow;
import fr.mosaic.weekplan.PlannedShift;
import fr.mosaic.weekplan.WeekPlanService;

/**
 * The columns a worker's week and a member's schedule share: the day, the times and the site of a published shift. An
 * uncovered shift, which a member's schedule lists, has no start: it shows its request's windows instead.
 */
final class ShiftColumns {

	/** Where the portal's screens find the style that wraps their grids' cells. */
	static final String STYLESHEET = "context://assets/portal.css";

	private ShiftColumns() {
	}

	/**
	 * The day and the times of each row's shift, headed with the screen's keys {@code <prefix>.day} and
	 * {@code <prefix>.hours}, as wide as their text; the grid's cells wrap a long name or header rather than cut it, by
	 * the screen's {@link #STYLESHEET}.
	 */
	static <T> void addDayAndTimes(Grid<T> grid, Function<T, PlannedShift> shiftOf, Component screen, Locale locale,
			String prefix) {
		grid.addClassName("portal-shifts");
		grid.addColumn(row -> day(shiftOf.apply(row), locale)).setHeader(screen.getTranslation(prefix + ".day"))
				.setAutoWidth(true).setFlexGrow(0);
		grid.addColumn(row -> hours(shiftOf.apply(row))).setHeader(screen.getTranslation(prefix + ".hours"))
				.setAutoWidth(true).setFlexGrow(0);
	}

	private static String day(PlannedShift shift, Locale locale) {
		var start = shift.getStart();
		return start != null
				? DateText.weekday(start, locale)
				: shift.getRequest().getWindows().stream().map(window -> window.start().toLocalDate()).distinct()
						.map(day -> DateText.weekday(day, locale)).collect(Collectors.joining(", "));
	}

	/** A covered shift's times, or an uncovered one's windows' times. */
	static String hours(PlannedShift shift) {
		var start = shift.getStart();
		return start != null
				? span(start, Objects.requireNonNull(shift.getEnd()))
				: shift.getRequest().getWindows().stream().map(ShiftColumns::span).distinct()
						.collect(Collectors.joining(", "));
	}

	private static String span(RequestWindow window) {
		return span(window.start(), window.end());
	}

	private static String span(LocalDateTime start, LocalDateTime end) {
		return DayTime.time(start.toLocalTime()) + "–" + DayTime.end(end.toLocalTime());
	}

	/**
	 * The Monday a screen opens on: the week under way when it is published, else the next published week, else the
	 * week under way.
	 */
	static LocalDate firstWeek(WeekPlanService plans, Clock clock) {
		var thisWeek = WeekField.mondayOf(LocalDate.now(clock));
		return plans.firstPublishedWeekFrom(thisWeek).orElse(thisWeek);
	}

	static Site site(PlannedShift shift) {
		return Objects.requireNonNull(shift.getRequest().getSite());
	}

	/** Where a shift happens: its site's address, or the site's and the member's names when the site has none. */
	static String address(PlannedShift shift) {
		var site = site(shift);
		var address = site.getAddress();
		return address != null && !address.isBlank()
				? address
				: site.getName() + ", " + Objects.requireNonNull(shift.getRequest().getMember()).getName();
	}

}
