package fr.mosaic.request.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.mosaic.base.Records;
import fr.mosaic.base.RefusedException;
import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.EntityListView;
import fr.mosaic.base.ui.ServiceCalls;
import fr.mosaic.base.ui.WeekPicker;
import fr.mosaic.member.MemberService;
import fr.mosaic.request.RecurringAddition.LeftOutWindow;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.SkillService;

/** The requests of one ISO week, by default the coming one; the week's recurring requests are added on demand. */
@Route("requests")
@Menu(title = "request.list.title", order = 4, icon = "vaadin:calendar-clock")
@RolesAllowed(AppRoles.COORDINATOR)
class RequestListView extends EntityListView<Request> {

	private final RequestService requests;

	private final MemberService members;

	private final SkillService skills;

	final WeekPicker week;

	final Button addRecurring = new Button(VaadinIcon.REFRESH.create());

	RequestListView(RequestService requests, MemberService members, SkillService skills, Clock clock) {
		super(Request.class, new RequestForm(requests::isOver, requests::skippedTime), "request.list",
				Records.of(requests::get, requests::save, requests::delete));
		this.requests = requests;
		this.members = members;
		this.skills = skills;
		week = new WeekPicker(getTranslation("request.week.label"),
				LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY)), monday -> close());
		addRecurring.setText(getTranslation("request.list.addRecurring"));
		addRecurring.addClickListener(event -> addRecurring());
		search.setPlaceholder(getTranslation("request.list.search"));
		toolbar.addComponentAsFirst(week);
		toolbar.add(addRecurring);
		toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		RequestColumns.addTo(grid, this, Windows::of);
		form.setWidth("40em");
		startPaging(() -> requests.findByWeek(week.value()));
	}

	private void addRecurring() {
		try {
			var addition = requests.addRecurringRequests(week.value());
			ServiceCalls.success(getTranslation("request.list.recurringAdded", addition.added()));
			if (!addition.leftOut().isEmpty()) {
				ServiceCalls
						.error(addition.leftOut().stream().map(this::leftOutMessage).collect(Collectors.joining(" ")));
			}
			refresh();
		} catch (RefusedException ex) {
			// a week that is over: the service keeps that rule and says why
			ServiceCalls.refused(this, ex);
		}
	}

	/** « REC12 Gîte Accueil Ménage : la plage du 29 mars 2026 02:00–03:00 n'est pas ajoutée… » */
	private String leftOutMessage(LeftOutWindow leftOut) {
		var recurring = leftOut.recurring();
		var key = leftOut.minutes() == 0 ? "request.list.recurringSkipped" : "request.list.recurringTooShort";
		return getTranslation(key, RequestColumns.searchText(recurring, recurring.code()),
				DateText.day(leftOut.day(), getLocale()), Windows.of(leftOut.window()).hours(), leftOut.minutes(),
				recurring.getDurationMinutes());
	}

	@Override
	protected void edit(Request request) {
		((RequestForm) form).setChoices(members.findAll(), skills.findAllByName());
		super.edit(request);
	}

	@Override
	protected String describe(Request request) {
		return RequestColumns.searchText(request, request.getCode());
	}

	@Override
	protected Request newBean() {
		return RequestForm.newRequest(week.value());
	}

}
