package fr.mosaic.portal.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.WeekPicker;
import fr.mosaic.planning.Durations;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.CurrentUser;
import fr.mosaic.security.RoleHomes;
import fr.mosaic.statement.ShiftWithTravel;
import fr.mosaic.statement.StatementService;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.WorkerService;

/**
 * A worker's home: their shifts of a week as it was published, by day, with the member, the site and its address and
 * the travel from the shift before (a site without address shows its and its member's names), the week's total beside
 * their weekly contract, and the hours of the week's month. It opens on the week under way when it is published, else
 * on the next published week; a week not published yet shows no shift. The service lets a worker read their own shifts
 * only.
 */
@Route(RoleHomes.WORKER)
@Menu(title = "portal.week.title", order = 10, icon = "vaadin:calendar-user")
@RolesAllowed(AppRoles.WORKER)
@StyleSheet(ShiftColumns.STYLESHEET)
class WorkerWeekView extends VerticalLayout implements HasDynamicTitle {

	final WeekPicker week;

	final Grid<ShiftWithTravel> grid = new Grid<>();

	/** The week's total, or that nothing is published for it. */
	final Paragraph summary = new Paragraph();

	/** The worker's weekly contract, against which the week's total reads. */
	final Paragraph contract = new Paragraph();

	/** The hours of the published shifts of the month the week belongs to: its Thursday's, as ISO reckons. */
	final Paragraph month = new Paragraph();

	private final StatementService statements;

	private final long workerId;

	WorkerWeekView(StatementService statements, WeekPlanService plans, WorkerService workers, CurrentUser currentUser,
			Clock clock) {
		this.statements = statements;
		this.workerId = currentUser.workerId().orElseThrow();
		week = new WeekPicker(getTranslation("portal.week.week"), ShiftColumns.firstWeek(plans, clock),
				monday -> refresh());
		ShiftColumns.addDayAndTimes(grid, ShiftWithTravel::shift, this, getLocale(), "portal.week");
		grid.addColumn(row -> Objects.requireNonNull(row.shift().getRequest().getMember()).getName())
				.setHeader(getTranslation("portal.week.member")).setFlexGrow(2);
		grid.addColumn(row -> ShiftColumns.site(row.shift()).getName()).setHeader(getTranslation("portal.week.site"))
				.setFlexGrow(2);
		grid.addColumn(row -> ShiftColumns.address(row.shift())).setHeader(getTranslation("portal.week.address"))
				.setFlexGrow(3);
		grid.addColumn(row -> Durations.format(minutes(row), getLocale()))
				.setHeader(getTranslation("portal.week.duration")).setAutoWidth(true).setFlexGrow(0);
		// no trip to the first shift of a duty period: a blank, not "0 h"
		grid.addColumn(row -> row.travelBefore() == 0 ? "" : Durations.format(row.travelBefore(), getLocale()))
				.setHeader(getTranslation("portal.week.travel"));
		var worker = workers.get(workerId);
		contract.setText(
				getTranslation("portal.week.contract", Durations.format(worker.getContractMinutes(), getLocale())));
		setSizeFull();
		add(new H2(worker.getName()), week, summary, contract, month, grid);
		refresh();
	}

	void refresh() {
		List<ShiftWithTravel> shifts = statements.publishedWeekOf(workerId, week.value());
		grid.setItems(shifts);
		grid.setVisible(!shifts.isEmpty());
		summary.setText(shifts.isEmpty()
				? getTranslation("portal.week.none", DateText.day(week.value(), getLocale()))
				: getTranslation("portal.week.total", shifts.size(),
						Durations.format(shifts.stream().mapToLong(WorkerWeekView::minutes).sum(), getLocale())));
		// ISO's rule: a week belongs to the month of its Thursday, where most of its days are
		var shownMonth = YearMonth.from(week.value().with(DayOfWeek.THURSDAY));
		month.setText(getTranslation("portal.week.month", DateText.month(shownMonth, getLocale()),
				Durations.format(statements.workerMinutes(workerId, shownMonth), getLocale())));
	}

	/** Elapsed minutes: a shift lasts its request's duration, a clock change included. */
	private static long minutes(ShiftWithTravel row) {
		return row.shift().getRequest().getDurationMinutes();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("portal.week.title");
	}

}
