package fr.mosaic.request.ui;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import fr.mosaic.base.Records;
import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.EntityListView;
import fr.mosaic.member.Member;
import fr.mosaic.member.MemberService;
import fr.mosaic.request.RecurringRequest;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.CurrentUser;
import fr.mosaic.worker.SkillService;

/**
 * A member's requests that repeat every week between two days, which it makes, edits and withdraws (confirmed); the
 * coordinator adds them to each week. Reached from the member's home. The service keeps a member to its own.
 */
@Route("my-recurring-requests")
@RolesAllowed(AppRoles.MEMBER)
class MemberRecurringRequestsView extends EntityListView<RecurringRequest> {

	private final Member member;

	private final Clock clock;

	// the member's id is read once, for the records and the lists
	@Autowired
	MemberRecurringRequestsView(RequestService requests, MemberService members, SkillService skills,
			CurrentUser currentUser, Clock clock) {
		this(requests, members, skills, currentUser.memberId().orElseThrow(), clock);
	}

	private MemberRecurringRequestsView(RequestService requests, MemberService members, SkillService skills,
			long memberId, Clock clock) {
		super(RecurringRequest.class, new RecurringRequestForm(), "request.mine.recurring",
				Records.of(id -> requests.getRecurringOfMember(memberId, id),
						r -> requests.saveRecurringOfMember(memberId, r),
						r -> requests.withdrawRecurring(memberId, r.getId())));
		this.clock = clock;
		member = members.get(memberId);
		((RecurringRequestForm) form).forMember(member, skills.findAllByName());
		RequestColumns.addTermsTo(grid, this, r -> r.getWindows().stream().map(Windows::of).toList());
		grid.addColumn(r -> DateText.day(r.getFirstDay(), getLocale()))
				.setHeader(getTranslation("request.recurring.firstDay"));
		grid.addColumn(r -> DateText.day(r.getLastDay(), getLocale()))
				.setHeader(getTranslation("request.recurring.lastDay"));
		search.setVisible(false);
		toolbar.add(new RouterLink(getTranslation("request.mine.title"), MemberRequestsView.class));
		addComponentAtIndex(0, new H2(member.getName()));
		form.setWidth("40em");
		startPaging(() -> requests.findRecurringOfMember(memberId));
	}

	@Override
	protected String describe(RecurringRequest recurring) {
		return RequestColumns.searchText(recurring, "").strip();
	}

	@Override
	protected RecurringRequest newBean() {
		var recurring = RecurringRequestForm.newRecurring(clock);
		recurring.setMember(member);
		return recurring;
	}

}
