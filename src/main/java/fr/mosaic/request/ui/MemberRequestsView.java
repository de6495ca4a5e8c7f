package fr.mosaic.request.ui;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.member.MemberService;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.CurrentUser;
import fr.mosaic.security.RoleHomes;

/**
 * A member's home: its requests of the week under way and the {@value #WEEKS_AHEAD} weeks after, read-only, by week.
 * The service lets a member read its own requests only.
 */
@Route(RoleHomes.MEMBER)
@Menu(title = "request.mine.title", order = 10, icon = "vaadin:calendar-clock")
@RolesAllowed(AppRoles.MEMBER)
class MemberRequestsView extends VerticalLayout implements HasDynamicTitle {

	static final int WEEKS_AHEAD = 5;

	final Grid<Request> grid = new Grid<>();

	final Paragraph empty = new Paragraph();

	MemberRequestsView(RequestService requests, MemberService members, CurrentUser currentUser, Clock clock) {
		var memberId = currentUser.memberId().orElseThrow();
		var firstWeek = WeekField.mondayOf(LocalDate.now(clock));
		var lastWeek = firstWeek.plusWeeks(WEEKS_AHEAD);
		var intro = new Paragraph(getTranslation("request.mine.intro", DateText.day(firstWeek, getLocale()),
				DateText.day(lastWeek, getLocale())));
		grid.addColumn(r -> r.getWeekStart() == null ? "" : DateText.day(r.getWeekStart(), getLocale()))
				.setHeader(getTranslation("request.mine.week"));
		RequestColumns.addTermsTo(grid, this, Windows::of);
		var mine = requests.findByMember(memberId, firstWeek, lastWeek);
		grid.setItems(mine);
		grid.setVisible(!mine.isEmpty());
		empty.setText(getTranslation("request.mine.none"));
		empty.setVisible(mine.isEmpty());
		setSizeFull();
		add(new H2(members.get(memberId).getName()), intro, empty, grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("request.mine.title");
	}

}
