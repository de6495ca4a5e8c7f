package fr.mosaic.request.ui;

import static fr.mosaic.RegisterFixtures.member;
import static fr.mosaic.RegisterFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;

import fr.mosaic.RegisterFixtures;
import fr.mosaic.base.Translations;
import fr.mosaic.member.MemberService;
import fr.mosaic.request.RecurringRequest;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.SkillService;

@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class RequestListViewTest extends SpringBrowserlessTest {

	@Autowired
	MemberService members;

	@Autowired
	SkillService skills;

	@Autowired
	RequestService requests;

	@Autowired
	Clock clock;

	@Test
	void opensOnTheComingWeekAndAddsItsRecurringRequestsOnce() {
		var comingMonday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		var recurring = recurring("REC-M1", "REC-K1");
		recurring.setFirstDay(comingMonday.minusWeeks(1));
		recurring.setLastDay(comingMonday.plusWeeks(4));
		requests.saveRecurring(recurring);

		var view = navigate(RequestListView.class);
		assertThat(view.week.value()).isEqualTo(comingMonday);
		test(view.addRecurring).click();
		test(view.addRecurring).click();

		assertThat(requests.findByWeek(comingMonday)).filteredOn(r -> r.getMember().getCode().equals("REC-M1"))
				.singleElement().extracting(Request::getRecurringRequest).isNotNull();
		assertThat(test(grid()).size()).isEqualTo(requests.findByWeek(comingMonday).size());
	}

	@Test
	void weekAlreadyOverIsRefused() {
		var view = navigate(RequestListView.class);
		var lastWeek = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
		// other tests share the database and may have stored that week (the example week, for some clocks)
		var storedBefore = requests.findByWeek(lastWeek).size();
		test(view.week.monday).setValue(lastWeek);

		test(view.addRecurring).click();
		assertThat(test($(Notification.class).last()).getText()).isEqualTo(message("request.form.weekStart.past"));

		test($(Button.class).withText(message("request.list.add")).single()).click();
		var form = $(RequestForm.class).single();
		test(form.save).click();
		assertThat(form.weekStart.getErrorMessage()).isEqualTo(message("request.form.weekStart.past"));
		assertThat(requests.findByWeek(lastWeek)).hasSize(storedBefore);
	}

	private RecurringRequest recurring(String memberCode, String skillCode) {
		return RegisterFixtures.recurring(members.save(member(memberCode, "Gîte " + memberCode)),
				skills.save(skill(skillCode, "Ménage " + skillCode)));
	}

	@SuppressWarnings("unchecked")
	private Grid<Request> grid() {
		return $(Grid.class).single();
	}

	private static String message(String key) {
		return Translations.translate(key, UI.getCurrent().getLocale());
	}

}
