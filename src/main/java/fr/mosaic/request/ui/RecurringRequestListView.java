package fr.mosaic.request.ui;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.mosaic.base.Records;
import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.EntityListView;
import fr.mosaic.member.MemberService;
import fr.mosaic.request.RecurringRequest;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.SkillService;

/** Requests that repeat every week; the requests screen adds them to a chosen week. */
@Route("recurring-requests")
@Menu(title = "request.recurring.list.title", order = 5, icon = "vaadin:calendar")
@RolesAllowed(AppRoles.COORDINATOR)
class RecurringRequestListView extends EntityListView<RecurringRequest> {

	private final RequestService requests;

	private final MemberService members;

	private final SkillService skills;

	private final Clock clock;

	RecurringRequestListView(RequestService requests, MemberService members, SkillService skills, Clock clock) {
		super(RecurringRequest.class, new RecurringRequestForm(), "request.recurring.list",
				Records.of(requests::getRecurring, requests::saveRecurring, requests::deleteRecurring));
		this.clock = clock;
		this.requests = requests;
		this.members = members;
		this.skills = skills;
		search.setPlaceholder(getTranslation("request.list.search"));
		RequestColumns.addTo(grid, this, r -> r.getWindows().stream().map(Windows::of).toList());
		grid.addColumn(r -> DateText.day(r.getFirstDay(), getLocale()))
				.setHeader(getTranslation("request.recurring.firstDay"));
		grid.addColumn(r -> DateText.day(r.getLastDay(), getLocale()))
				.setHeader(getTranslation("request.recurring.lastDay"));
		form.setWidth("40em");
		startPaging(requests::findAllRecurring);
	}

	@Override
	protected void edit(RecurringRequest recurring) {
		((RecurringRequestForm) form).setChoices(members.findAll(), skills.findAllByName());
		super.edit(recurring);
	}

	@Override
	protected String describe(RecurringRequest recurring) {
		return RequestColumns.searchText(recurring, "");
	}

	@Override
	protected RecurringRequest newBean() {
		return RecurringRequestForm.newRecurring(clock);
	}

}
