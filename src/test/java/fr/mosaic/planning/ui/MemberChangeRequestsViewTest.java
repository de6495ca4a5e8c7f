package fr.mosaic.planning.ui;

import static fr.mosaic.RegisterFixtures.request;
import static fr.mosaic.RegisterFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;

import fr.mosaic.AccountFixtures;
import fr.mosaic.WeekFixtures;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.member.MemberService;
import fr.mosaic.request.ChangeRequest;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.worker.SkillService;

/** What a member asked to change in a published week shows on the coordinator's board, who marks it handled. */
@SpringBootTest
@WithMockUser(username = "mcr-coordinator", roles = AppRoles.COORDINATOR)
class MemberChangeRequestsViewTest extends SpringBrowserlessTest {

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
	Clock clock;

	/** No other test plans it. */
	LocalDate week() {
		return WeekField.mondayOf(LocalDate.now(clock)).plusWeeks(44);
	}

	@AfterEach
	void removeWeek() {
		weeks.remove(week());
	}

	@Test
	void theBoardListsTheWeeksAsksAndTheCoordinatorMarksOneHandled() {
		var memberId = fixtures.member("mcr-member", "MCR-M");
		var workerId = fixtures.worker("mcr-worker", "MCR-W");
		var request = systemAccess.call(() -> requests
				.save(request("MCR-R1", members.get(memberId), skills.save(skill("MCR-SK", "Accueil MCR")), week())));
		weeks.publishOneShift(request, workerId);
		systemAccess.run(() -> requests.askChange(memberId, week(), request.getId(), "Plutôt jeudi",
				"Accueil, Accueil MCR : 1 × 3 h 00"));

		var view = navigate(WeekPlanView.class);
		view.week.setValue(week());

		var asks = test(view.memberChanges.asks);
		assertThat(view.memberChanges.isVisible()).isTrue();
		assertThat(view.memberChanges.isOpened()).isTrue();
		assertThat(asks.size()).isEqualTo(1);
		assertThat(asks.getCellText(0, 0)).isEqualTo("MCR-M");
		assertThat(asks.getCellText(0, 1)).isEqualTo("MCR-R1");
		assertThat(asks.getCellText(0, 2)).isEqualTo("Plutôt jeudi");
		assertThat(asks.getCellText(0, 3)).isEqualTo("Accueil, Accueil MCR : 1 × 3 h 00");

		test((Button) asks.getCellComponent(0, 5)).click();

		assertThat(systemAccess.call(() -> requests.findChangeRequests(week()))).singleElement().satisfies(ask -> {
			assertThat(ask.getStatus()).isEqualTo(ChangeRequest.Status.HANDLED);
			assertThat(ask.getHandledBy()).isEqualTo("mcr-coordinator");
		});
		assertThat(((Span) test(view.memberChanges.asks).getCellComponent(0, 5)).getText()).contains("mcr-coordinator");
		assertThat(view.memberChanges.isOpened()).as("nothing open").isFalse();

		view.week.setValue(week().plusWeeks(1));
		assertThat(view.memberChanges.isVisible()).as("a week without asks").isFalse();
	}

}
