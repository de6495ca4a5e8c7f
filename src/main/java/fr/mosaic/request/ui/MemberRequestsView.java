package fr.mosaic.request.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import fr.mosaic.base.Records;
import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.EntityListView;
import fr.mosaic.base.ui.ServiceCalls;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.member.Member;
import fr.mosaic.member.MemberService;
import fr.mosaic.request.ChangeRequest;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.CurrentUser;
import fr.mosaic.security.RoleHomes;
import fr.mosaic.worker.SkillService;

/**
 * A member's home: its requests of the week under way and the {@value #WEEKS_AHEAD} weeks after, by week, which it
 * makes, edits and withdraws (confirmed) until their week is published; then it asks the coordinator for the change,
 * and reads below what it asked. The service keeps every rule: a member reaches its own requests and sites only.
 */
@Route(RoleHomes.MEMBER)
@Menu(title = "request.mine.title", order = 10, icon = "vaadin:calendar-clock")
@RolesAllowed(AppRoles.MEMBER)
class MemberRequestsView extends EntityListView<Request> {

	static final int WEEKS_AHEAD = 5;

	private final RequestService requests;

	private final long memberId;

	private final Member member;

	private final Clock clock;

	final Paragraph empty = new Paragraph();

	final Grid<ChangeRequest> changes = new Grid<>();

	/** Shown with the asks only: a title above nothing says nothing. */
	final H3 changesTitle = new H3();

	// the member's id is read once, for the records and the lists
	@Autowired
	MemberRequestsView(RequestService requests, MemberService members, SkillService skills, CurrentUser currentUser,
			Clock clock) {
		this(requests, members, skills, currentUser.memberId().orElseThrow(), clock);
	}

	private MemberRequestsView(RequestService requests, MemberService members, SkillService skills, long memberId,
			Clock clock) {
		super(Request.class, new RequestForm(requests::isOver, requests::skippedTime), "request.mine",
				Records.of(id -> requests.getOfMember(memberId, id), r -> requests.saveOfMember(memberId, r),
						r -> requests.withdraw(memberId, r.getId())));
		this.requests = requests;
		this.memberId = memberId;
		this.clock = clock;
		member = members.get(memberId);
		form().forMember(member, skills.findAllByName(), requests::isPublished);
		form().askChange.addClickListener(event -> askChange());
		var firstWeek = firstWeek();
		var lastWeek = firstWeek.plusWeeks(WEEKS_AHEAD);
		var intro = new Paragraph(getTranslation("request.mine.intro", DateText.day(firstWeek, getLocale()),
				DateText.day(lastWeek, getLocale())));
		// a week's whole date, not "23 novembre 2…"
		grid.addColumn(r -> DateText.day(r.getWeekStart(), getLocale())).setHeader(getTranslation("request.mine.week"))
				.setAutoWidth(true).setFlexGrow(0);
		RequestColumns.addTermsTo(grid, this, Windows::of);
		grid.addColumn(r -> getTranslation(requests.isPublished(r.getWeekStart()) ? "base.yes" : "base.no"))
				.setHeader(getTranslation("request.mine.published.column"));
		search.setVisible(false);
		toolbar.add(new RouterLink(getTranslation("request.mine.recurring.title"), MemberRecurringRequestsView.class));
		empty.setText(getTranslation("request.mine.none"));
		addChangeColumns();
		addComponentAtIndex(0, new H2(member.getName()));
		addComponentAtIndex(1, intro);
		changesTitle.setText(getTranslation("request.change.mine"));
		add(empty, changesTitle, changes);
		form.setWidth("40em");
		startPaging(() -> requests.findByMember(memberId, firstWeek, lastWeek));
		refresh();
	}

	private RequestForm form() {
		return (RequestForm) form;
	}

	private LocalDate firstWeek() {
		return WeekField.mondayOf(LocalDate.now(clock));
	}

	private void addChangeColumns() {
		var at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
		changes.addColumn(c -> DateText.day(c.getWeekStart(), getLocale()))
				.setHeader(getTranslation("request.mine.week"));
		changes.addColumn(c -> at.format(c.getAskedAt())).setHeader(getTranslation("request.change.askedAt"));
		changes.addColumn(ChangeRequest::getMessage).setHeader(getTranslation("request.change.message")).setFlexGrow(3);
		changes.addColumn(c -> getTranslation("request.change.status." + c.getStatus().name()))
				.setHeader(getTranslation("request.change.status"));
		changes.setAllRowsVisible(true);
	}

	@Override
	protected void refresh() {
		super.refresh();
		var firstWeek = firstWeek();
		var mine = requests.findByMember(memberId, firstWeek, firstWeek.plusWeeks(WEEKS_AHEAD));
		empty.setVisible(mine.isEmpty());
		var asked = requests.findChangeRequestsOfMember(memberId, firstWeek, firstWeek.plusWeeks(WEEKS_AHEAD));
		changes.setItems(asked);
		changes.setVisible(!asked.isEmpty());
		changesTitle.setVisible(!asked.isEmpty());
	}

	/** The form's week is published: the change, with the form's terms if the member wants, goes to the coordinator. */
	private void askChange() {
		new ChangeRequestDialog((message, withTerms) -> {
			var proposed = withTerms ? form().proposedTerms() : Optional.<Request>empty();
			if (withTerms && proposed.isEmpty()) {
				// the form shows what is wrong with its terms once the dialog is closed
				ServiceCalls.error(getTranslation("request.change.termsInvalid"));
				return true;
			}
			var proposal = proposed.map(terms -> RequestColumns.summary(terms, this)).orElse(null);
			var week = form().weekStart.getValue();
			var sent = ServiceCalls.attempt(this, "request.mine.conflict",
					() -> requests.askChange(memberId, week, form().editedId(), message, proposal));
			if (sent) {
				ServiceCalls.success(getTranslation("request.change.sent"));
				close();
			}
			return sent;
		}).open();
	}

	@Override
	protected String deleteHeader(Request request) {
		return getTranslation("request.mine.withdraw.confirm.header",
				DateText.day(request.getWeekStart(), getLocale()));
	}

	/** Member, site and skill each named as such: their names run together otherwise. */
	@Override
	protected String deleteText(Request request) {
		return getTranslation("request.mine.withdraw.confirm.text", RequestColumns.name(request.getMember()),
				RequestColumns.name(request.getSite()), RequestColumns.name(request.getSkill()));
	}

	@Override
	protected String describe(Request request) {
		return getTranslation("request.mine.describe", DateText.day(request.getWeekStart(), getLocale()),
				RequestColumns.searchText(request, "").strip());
	}

	/** A new request is for the coming week, of this member. */
	@Override
	protected Request newBean() {
		var request = RequestForm.newRequest(firstWeek().plusWeeks(1));
		request.setMember(member);
		return request;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("request.mine.title");
	}

}
