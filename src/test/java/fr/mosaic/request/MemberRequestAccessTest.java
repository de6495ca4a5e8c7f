package fr.mosaic.request;

import static fr.mosaic.RegisterFixtures.request;
import static fr.mosaic.RegisterFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.AccountFixtures;
import fr.mosaic.RegisterFixtures;
import fr.mosaic.WeekFixtures;
import fr.mosaic.base.RefusedException;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.member.MemberService;
import fr.mosaic.member.Site;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.Skill;
import fr.mosaic.worker.SkillService;

/**
 * A member makes, edits and withdraws its own requests of weeks not published, and asks the coordinator for a change
 * once a week is published; every crossing (another member's request, recurring request, site or id, a published week's
 * request changed directly, a week over) is refused by the service with nothing changed.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithMockUser(username = "mra-member-a", roles = AppRoles.MEMBER)
class MemberRequestAccessTest {

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	SystemAccess systemAccess;

	@Autowired
	RequestService requests;

	@Autowired
	MemberService members;

	@Autowired
	SkillService skills;

	@Autowired
	WeekFixtures weeks;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	Clock clock;

	long memberA;

	long memberB;

	long worker;

	Skill skill;

	/** Published; far enough ahead that no other test plans it. */
	LocalDate published;

	/** Not planned at all. */
	LocalDate open;

	Site siteOfB;

	Request publishedOfA;

	Request openOfA;

	Request openOfB;

	RecurringRequest recurringOfB;

	@BeforeAll
	void register() {
		memberA = fixtures.member("mra-member-a", "MRA-MA");
		memberB = fixtures.member("mra-member-b", "MRA-MB");
		worker = fixtures.worker("mra-worker", "MRA-W");
		published = WeekField.mondayOf(LocalDate.now(clock)).plusWeeks(43);
		open = published.plusWeeks(1);
		systemAccess.run(() -> {
			skill = skills.save(skill("MRA-SK", "Accueil MRA"));
			publishedOfA = requests.save(request("MRA-PA", members.get(memberA), skill, published));
			openOfA = requests.save(request("MRA-OA", members.get(memberA), skill, open));
			openOfB = requests.save(request("MRA-OB", members.get(memberB), skill, open));
			siteOfB = members.get(memberB).getSites().getFirst();
			recurringOfB = requests.saveRecurring(RegisterFixtures.recurring(members.get(memberB), skill));
		});
		weeks.publishOneShift(publishedOfA, worker);
	}

	@AfterAll
	void removeWeek() {
		weeks.remove(published);
	}

	@Test
	void anotherMembersRequestIsNeitherReadNorChangedNorWithdrawn() {
		var id = openOfB.getId();
		assertThatThrownBy(() -> requests.getOfMember(memberA, id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> requests.getOfMember(memberB, id)).as("another member's id")
				.isInstanceOf(AccessDeniedException.class);
		var taken = stored(openOfB);
		taken.setMember(members.get(memberA));
		taken.setSite(members.get(memberA).getSites().getFirst());
		taken.setCount(3);
		assertThatThrownBy(() -> requests.saveOfMember(memberA, taken)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> requests.withdraw(memberA, id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> requests.askChange(memberA, open, id, "à moi", null))
				.isInstanceOf(AccessDeniedException.class);

		var after = stored(openOfB);
		assertThat(after.getMember().getId()).isEqualTo(memberB);
		assertThat(after.getCount()).isEqualTo(1);
		assertThat(after.getVersion()).isEqualTo(openOfB.getVersion());
	}

	@Test
	void anotherMembersRecurringRequestIsNeitherReadNorChangedNorWithdrawn() {
		var id = recurringOfB.getId();
		assertThatThrownBy(() -> requests.getRecurringOfMember(memberA, id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> requests.findRecurringOfMember(memberB)).isInstanceOf(AccessDeniedException.class);
		var taken = systemAccess.call(() -> requests.getRecurring(id));
		taken.setMember(members.get(memberA));
		taken.setSite(members.get(memberA).getSites().getFirst());
		assertThatThrownBy(() -> requests.saveRecurringOfMember(memberA, taken))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> requests.withdrawRecurring(memberA, id)).isInstanceOf(AccessDeniedException.class);

		var after = systemAccess.call(() -> requests.getRecurring(id));
		assertThat(after.getMember().getId()).isEqualTo(memberB);
		assertThat(after.getVersion()).isEqualTo(recurringOfB.getVersion());
	}

	@Test
	void aRequestForAnotherMembersSiteOrIdIsRefusedAndNothingStored() {
		var before = requestsOf(memberA).size();
		var atOtherSite = request("", members.get(memberA), skill, open);
		atOtherSite.setSite(siteOfB);
		assertThatThrownBy(() -> requests.saveOfMember(memberA, atOtherSite)).isInstanceOf(AccessDeniedException.class);
		var forOther = request("", systemAccess.call(() -> members.get(memberB)), skill, open);
		assertThatThrownBy(() -> requests.saveOfMember(memberA, forOther)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> requests.saveOfMember(memberB, forOther)).as("another member's id")
				.isInstanceOf(AccessDeniedException.class);

		assertThat(requestsOf(memberA)).hasSize(before);
		assertThat(systemAccess.call(() -> requests.findByMember(memberB, open, open))).extracting(Request::getCode)
				.containsExactly("MRA-OB");
	}

	@Test
	void aPublishedWeeksRequestIsNotChangedNorWithdrawnDirectly() {
		var changed = stored(publishedOfA);
		changed.setCount(2);
		assertThatThrownBy(() -> requests.saveOfMember(memberA, changed)).isInstanceOf(RefusedException.class)
				.extracting(ex -> ((RefusedException) ex).key()).isEqualTo("request.mine.published");
		var moved = stored(publishedOfA);
		moved.setWeekStart(open);
		moved.setWindows(openOfA.getWindows());
		assertThatThrownBy(() -> requests.saveOfMember(memberA, moved)).as("moved out of its published week")
				.isInstanceOf(RefusedException.class);
		assertThatThrownBy(() -> requests.withdraw(memberA, publishedOfA.getId())).isInstanceOf(RefusedException.class);
		var added = request("", members.get(memberA), skill, published);
		assertThatThrownBy(() -> requests.saveOfMember(memberA, added)).as("a new request in a published week")
				.isInstanceOf(RefusedException.class);

		var after = stored(publishedOfA);
		assertThat(after.getCount()).isEqualTo(1);
		assertThat(after.getWeekStart()).isEqualTo(published);
		assertThat(requestsOf(memberA)).extracting(Request::getWeekStart).containsOnlyOnce(published);
	}

	@Test
	void aWeekOverIsRefused() {
		var past = WeekField.mondayOf(LocalDate.now(clock)).minusWeeks(1);
		assertThatThrownBy(() -> requests.saveOfMember(memberA, request("", members.get(memberA), skill, past)))
				.isInstanceOf(RefusedException.class).extracting(ex -> ((RefusedException) ex).key())
				.isEqualTo("request.form.weekStart.past");
		assertThat(systemAccess.call(() -> requests.findByMember(memberA, past, past))).isEmpty();
	}

	@Test
	void aMemberMakesEditsAndWithdrawsItsOwnRequestOfAnOpenWeek() {
		var made = requests.saveOfMember(memberA, request("", members.get(memberA), skill, open));
		assertThat(made.getCode()).isEqualTo("M" + memberA + "-1");

		var edited = requests.getOfMember(memberA, made.getId());
		edited.setCount(2);
		edited.setPriority(Priority.EXTRA);
		edited.setCode("MINE");
		requests.saveOfMember(memberA, edited);
		var stored = requests.getOfMember(memberA, made.getId());
		assertThat(stored.getCount()).isEqualTo(2);
		assertThat(stored.getCode()).as("the coordinator's").isEqualTo(made.getCode());
		assertThat(stored.getPriority()).as("the coordinator's").isEqualTo(Priority.CONTRACTED);

		requests.withdraw(memberA, made.getId());
		assertThat(requestsOf(memberA)).extracting(Request::getId).doesNotContain(made.getId());
	}

	@Test
	void aWithdrawnRequestLeavesTheWeeksDraftWhichKeepsTheOthers() {
		var drafted = open.plusWeeks(1);
		var withdrawn = requests.saveOfMember(memberA, request("", members.get(memberA), skill, drafted));
		var kept = requests.saveOfMember(memberA, request("", members.get(memberA), skill, drafted));
		weeks.draftOneShiftEach(List.of(withdrawn, kept), worker);
		try {
			requests.withdraw(memberA, withdrawn.getId());

			assertThat(requestsOf(memberA)).extracting(Request::getId).doesNotContain(withdrawn.getId());
			var draft = systemAccess.call(() -> weekPlans.findByWeek(drafted).orElseThrow().getShifts().stream()
					.map(shift -> shift.getRequest().getId()).toList());
			assertThat(draft).containsExactly(kept.getId());
		} finally {
			weeks.remove(drafted);
		}
	}

	@Test
	void moreBlocksThanDaysWithDistinctDaysIsRefused() {
		var twoBlocksOneDay = request("", members.get(memberA), skill, open);
		twoBlocksOneDay.setDistinctDays(true);
		twoBlocksOneDay.setCount(2);
		assertThatThrownBy(() -> requests.saveOfMember(memberA, twoBlocksOneDay))
				.isInstanceOf(ConstraintViolationException.class).hasMessageContaining("distinctDaysEnough");
	}

	@Test
	void aChangeToAPublishedWeekGoesToTheCoordinatorWhoMarksItHandled() {
		var asked = requests.askChange(memberA, published, publishedOfA.getId(), "Deux créneaux au lieu d'un",
				"Accueil, Accueil MRA : 2 × 3 h 00");
		assertThatThrownBy(() -> requests.askChange(memberA, open, openOfA.getId(), "rien", null))
				.as("a week not published: the member changes it itself").isInstanceOf(RefusedException.class);
		assertThatThrownBy(() -> requests.findChangeRequests(published)).as("the coordinator's list")
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> requests.markHandled(asked.getId())).isInstanceOf(AccessDeniedException.class);
		assertThat(requests.findChangeRequestsOfMember(memberA, published, published)).extracting(ChangeRequest::getId)
				.contains(asked.getId());
		assertThatThrownBy(() -> requests.findChangeRequestsOfMember(memberB, published, published))
				.isInstanceOf(AccessDeniedException.class);

		var seen = systemAccess.call(() -> requests.findChangeRequests(published)).stream()
				.filter(ask -> ask.getId().equals(asked.getId())).findFirst().orElseThrow();
		assertThat(seen.getRequestCode()).isEqualTo("MRA-PA");
		assertThat(seen.getMember().getId()).isEqualTo(memberA);
		assertThat(seen.getAskedBy()).isEqualTo("mra-member-a");
		assertThat(seen.getProposal()).isEqualTo("Accueil, Accueil MRA : 2 × 3 h 00");
		assertThat(seen.getStatus()).isEqualTo(ChangeRequest.Status.OPEN);
		assertThat(stored(publishedOfA).getCount()).as("the request itself unchanged").isEqualTo(1);

		systemAccess.run(() -> requests.markHandled(asked.getId()));
		assertThat(systemAccess.call(() -> requests.findChangeRequests(published)))
				.filteredOn(ask -> ask.getId().equals(asked.getId())).singleElement()
				.extracting(ChangeRequest::getStatus).isEqualTo(ChangeRequest.Status.HANDLED);
	}

	private Request stored(Request request) {
		return systemAccess.call(() -> requests.get(request.getId()));
	}

	private List<Request> requestsOf(long memberId) {
		return systemAccess.call(() -> requests.findByMember(memberId, published, open));
	}

}
