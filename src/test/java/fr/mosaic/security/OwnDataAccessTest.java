package fr.mosaic.security;

import static fr.mosaic.RegisterFixtures.request;
import static fr.mosaic.RegisterFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.AccountFixtures;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.member.MemberService;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestService;
import fr.mosaic.weekplan.PlannedShift;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.SkillService;
import fr.mosaic.worker.WorkerService;

/**
 * A member reads its own member employer and requests, a worker their own record and published shifts; another's id is
 * refused by the service, whatever screen or client asks. A week not published shows a worker nothing.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnDataAccessTest {

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	SystemAccess systemAccess;

	@Autowired
	RequestService requests;

	@Autowired
	MemberService members;

	@Autowired
	WorkerService workers;

	@Autowired
	SkillService skills;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	Clock clock;

	long memberA;

	long memberB;

	long workerA;

	long workerB;

	/** Far enough ahead that no other test plans it; published. */
	LocalDate week;

	/** The week after, a draft. */
	LocalDate draftWeek;

	@BeforeAll
	void register() {
		memberA = fixtures.member("own-member-a", "OWN-MA");
		memberB = fixtures.member("own-member-b", "OWN-MB");
		workerA = fixtures.worker("own-worker-a", "OWN-WA");
		workerB = fixtures.worker("own-worker-b", "OWN-WB");
		week = WeekField.mondayOf(LocalDate.now(clock)).plusWeeks(31);
		draftWeek = week.plusWeeks(1);
		systemAccess.run(() -> {
			var skill = skills.save(skill("OWN-SK", "Accueil des particuliers"));
			var ofA = requests.save(request("OWN-RA", members.get(memberA), skill, week));
			var ofB = requests.save(request("OWN-RB", members.get(memberB), skill, week));
			weekPlans.saveDraft(week, List.of(shift(ofA, workerA), shift(ofB, workerB)), "0hard/0medium/0soft", true);
			weekPlans.publish(week);
			var draft = requests.save(request("OWN-RD", members.get(memberA), skill, draftWeek));
			weekPlans.saveDraft(draftWeek, List.of(shift(draft, workerA)), "0hard/0medium/0soft", true);
		});
	}

	private PlannedShift shift(Request request, long workerId) {
		var start = request.getWeekStart().plusDays(2).atTime(9, 0);
		return new PlannedShift(request, 0, workers.get(workerId), start, null, start.plusHours(3), null, false, null);
	}

	@AfterAll
	void removeWeeks() {
		systemAccess.run(() -> {
			weekPlans.reopen(week);
			weekPlans.deleteWeek(week);
			weekPlans.deleteWeek(draftWeek);
		});
	}

	@Test
	@WithMockUser(username = "own-member-a", roles = AppRoles.MEMBER)
	void aMemberReadsItsOwnRequestsAndNoOneElses() {
		assertThat(requests.findByMember(memberA, week, draftWeek)).extracting(Request::getCode)
				.containsExactly("OWN-RA", "OWN-RD");
		assertThat(members.get(memberA).getCode()).isEqualTo("OWN-MA");

		assertThatThrownBy(() -> requests.findByMember(memberB, week, draftWeek))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> members.get(memberB)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> weekPlans.publishedShiftsOf(workerA, week)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> requests.findByWeek(week)).as("the coordinator's finder")
				.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithMockUser(username = "own-worker-a", roles = AppRoles.WORKER)
	void aWorkerReadsTheirOwnPublishedShiftsAndNoOneElses() {
		assertThat(weekPlans.publishedShiftsOf(workerA, week)).extracting(shift -> shift.getRequest().getCode())
				.containsExactly("OWN-RA");
		assertThat(weekPlans.publishedShiftsOf(workerA, draftWeek)).as("a draft").isEmpty();
		assertThat(workers.get(workerA).getCode()).isEqualTo("OWN-WA");

		assertThatThrownBy(() -> weekPlans.publishedShiftsOf(workerB, week)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> workers.get(workerB)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> requests.findByMember(memberA, week, week)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithMockUser(username = "own-no-account", roles = AppRoles.MEMBER)
	void aMemberRoleWithoutABoundAccountReadsNothing() {
		assertThatThrownBy(() -> requests.findByMember(memberA, week, week)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithMockUser(username = "own-member-a", authorities = AppRoles.PASSWORD_CHANGE)
	void aLoginThatMustChangeItsPasswordReadsNothing() {
		assertThatThrownBy(() -> requests.findByMember(memberA, week, week)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithMockUser(roles = AppRoles.COORDINATOR)
	void theCoordinatorReadsAnyone() {
		assertThat(requests.findByMember(memberB, week, week)).extracting(Request::getCode).containsExactly("OWN-RB");
		assertThat(weekPlans.publishedShiftsOf(workerB, week)).hasSize(1);
	}

}
