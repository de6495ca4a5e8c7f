package fr.mosaic.portal.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.DayTime;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.planning.Durations;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.CurrentUser;
import fr.mosaic.security.RoleHomes;
import fr.mosaic.weekplan.PlannedShift;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.WorkerService;

/**
 * A worker's home: their shifts of a week as it was published, by day, with the member and site and the week's total.
 * It opens on the week under way; a week not published yet shows nothing. The service lets a worker read their own
 * shifts only.
 */
@Route(RoleHomes.WORKER)
@Menu(title = "portal.week.title", order = 10, icon = "vaadin:calendar-user")
@RolesAllowed(AppRoles.WORKER)
class WorkerWeekView extends VerticalLayout implements HasDynamicTitle {

	final WeekField week = new WeekField(getTranslation("portal.week.week"));

	final Grid<PlannedShift> grid = new Grid<>();

	/** The week's total, or that nothing is published for it. */
	final Paragraph summary = new Paragraph();

	private final WeekPlanService plans;

	private final long workerId;

	WorkerWeekView(WeekPlanService plans, WorkerService workers, CurrentUser currentUser, Clock clock) {
		this.plans = plans;
		this.workerId = currentUser.workerId().orElseThrow();
		week.setValue(LocalDate.now(clock));
		week.refuseEmpty();
		week.addValueChangeListener(event -> refresh());
		grid.addColumn(shift -> DateText.weekday(start(shift), getLocale()))
				.setHeader(getTranslation("portal.week.day"));
		grid.addColumn(shift -> DayTime.time(start(shift).toLocalTime()) + "–"
				+ DayTime.time(Objects.requireNonNull(shift.getEnd()).toLocalTime()))
				.setHeader(getTranslation("portal.week.hours"));
		grid.addColumn(shift -> Objects.requireNonNull(shift.getRequest().getMember()).getName())
				.setHeader(getTranslation("portal.week.member")).setFlexGrow(2);
		grid.addColumn(shift -> Objects.requireNonNull(shift.getRequest().getSite()).getName())
				.setHeader(getTranslation("portal.week.site")).setFlexGrow(2);
		grid.addColumn(shift -> Durations.format(minutes(shift), getLocale()))
				.setHeader(getTranslation("portal.week.duration"));
		setSizeFull();
		add(new H2(workers.get(workerId).getName()), week, summary, grid);
		refresh();
	}

	void refresh() {
		List<PlannedShift> shifts = plans.publishedShiftsOf(workerId, week.getValue());
		grid.setItems(shifts);
		grid.setVisible(!shifts.isEmpty());
		summary.setText(shifts.isEmpty()
				? getTranslation("portal.week.none")
				: getTranslation("portal.week.total", shifts.size(),
						Durations.format(shifts.stream().mapToLong(WorkerWeekView::minutes).sum(), getLocale())));
	}

	/** A published shift has its times: only covered shifts are the worker's. */
	private static LocalDateTime start(PlannedShift shift) {
		return Objects.requireNonNull(shift.getStart());
	}

	/** Elapsed minutes: a shift lasts its request's duration, a clock change included. */
	private static long minutes(PlannedShift shift) {
		return shift.getRequest().getDurationMinutes();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("portal.week.title");
	}

}
