package fr.mosaic.portal.ui;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.mosaic.base.ui.WeekPicker;
import fr.mosaic.member.MemberService;
import fr.mosaic.planning.Durations;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.CurrentUser;
import fr.mosaic.weekplan.PlannedShift;
import fr.mosaic.weekplan.WeekPlanService;

/**
 * A member's schedule: who comes to its sites in a week as it was published, when and where, by start, and what it
 * asked for that no one covers ("Sans intervenant", with its request's windows). It opens on the week under way when it
 * is published, else on the next published week; a week not published shows nothing. The service lets a member read its
 * own sites' shifts only.
 */
@Route("my-schedule")
@Menu(title = "portal.schedule.title", order = 20, icon = "vaadin:calendar-user")
@RolesAllowed(AppRoles.MEMBER)
@StyleSheet(ShiftColumns.STYLESHEET)
class MemberScheduleView extends VerticalLayout implements HasDynamicTitle {

	final WeekPicker week;

	final Grid<PlannedShift> grid = new Grid<>();

	/** That nothing is published for the week, hidden otherwise. */
	final Paragraph none = new Paragraph();

	private final WeekPlanService plans;

	private final long memberId;

	MemberScheduleView(WeekPlanService plans, MemberService members, CurrentUser currentUser, Clock clock) {
		this.plans = plans;
		this.memberId = currentUser.memberId().orElseThrow();
		week = new WeekPicker(getTranslation("portal.schedule.week"), ShiftColumns.firstWeek(plans, clock),
				monday -> refresh());
		ShiftColumns.addDayAndTimes(grid, shift -> shift, this, getLocale(), "portal.schedule");
		grid.addColumn(shift -> Durations.format(shift.getRequest().getDurationMinutes(), getLocale()))
				.setHeader(getTranslation("portal.schedule.duration")).setAutoWidth(true).setFlexGrow(0);
		grid.addColumn(shift -> shift.getWorker() == null
				? getTranslation("portal.schedule.uncovered")
				: shift.getWorker().getName()).setHeader(getTranslation("portal.schedule.worker")).setFlexGrow(2);
		grid.addColumn(shift -> ShiftColumns.site(shift).getName()).setHeader(getTranslation("portal.schedule.site"))
				.setFlexGrow(2);
		none.setText(getTranslation("portal.schedule.none"));
		setSizeFull();
		add(new H2(members.get(memberId).getName()), week, none, grid);
		refresh();
	}

	void refresh() {
		List<PlannedShift> shifts = plans.publishedScheduleOfMember(memberId, week.value());
		grid.setItems(shifts);
		grid.setVisible(!shifts.isEmpty());
		none.setVisible(shifts.isEmpty());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("portal.schedule.title");
	}

}
