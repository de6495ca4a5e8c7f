package fr.mosaic.request.ui;

import static fr.mosaic.RegisterFixtures.member;
import static fr.mosaic.RegisterFixtures.skill;
import static fr.mosaic.RegisterFixtures.text;
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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

import fr.mosaic.RegisterFixtures;
import fr.mosaic.base.Translations;
import fr.mosaic.member.MemberService;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.Skill;
import fr.mosaic.worker.SkillService;

/** A stored request of the coming week opened, edited and saved on screen; its id at and past its length. */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class RequestListViewEditingTest extends SpringBrowserlessTest {

	@Autowired
	MemberService members;

	@Autowired
	SkillService skills;

	@Autowired
	RequestService requests;

	@Autowired
	Clock clock;

	@Test
	void storedRequestIsEditedWithItsMemberSiteAndWindowsAndReadBack() {
		var form = openStored("REQ-EDIT-M", "REQ-EDIT-K");
		assertThat(form.terms.site.getValue().getName()).isEqualTo("Accueil");
		assertThat(form.windows.getValue()).hasSize(1);
		test(form.terms.count).setValue(2);
		test(form.save).click();

		assertThat(test($(Notification.class).last()).getText()).isEqualTo(message("request.list.saved"));
		assertThat(stored("REQ-EDIT-M").getCount()).isEqualTo(2);
	}

	@Test
	void requestIdAtItsLimitIsSavedAndOnePastIsRefusedOnTheField() {
		var form = openStored("REQ-LIMIT-M", "REQ-LIMIT-K");
		assertThat(form.code.getMaxLength()).isEqualTo(64);
		test(form.code).setValue(text("LIMIT-R1-", 65));
		test(form.save).click();

		assertThat(form.code.getErrorMessage()).isEqualTo(message("base.code.size"));
		assertThat(stored("REQ-LIMIT-M").getCode()).startsWith("REC");

		test(form.code).setValue(text("LIMIT-R1-", 64));
		test(form.save).click();

		assertThat(stored("REQ-LIMIT-M").getCode()).isEqualTo(text("LIMIT-R1-", 64));
	}

	@Test
	void skillDeletedMeanwhileIsReportedAsARefusedChangeNotAsADuplicateId() {
		var other = skills.save(skill("REQ-GONE-K2", "Repassage"));
		var form = openStored("REQ-GONE-M", "REQ-GONE-K");
		test(form.terms.skill).selectItem("Repassage");
		skills.delete(other);
		test(form.save).click();

		assertThat(test($(Notification.class).last()).getText()).isEqualTo(message("base.database.failed"));
		assertThat(stored("REQ-GONE-M").getSkill()).extracting(Skill::getCode).isEqualTo("REQ-GONE-K");
	}

	/** Opens the request the member's recurring request produced for the coming week. */
	private RequestForm openStored(String memberCode, String skillCode) {
		var recurring = RegisterFixtures.recurring(members.save(member(memberCode, "Gîte " + memberCode)),
				skills.save(skill(skillCode, "Ménage " + skillCode)));
		recurring.setFirstDay(comingMonday());
		recurring.setLastDay(comingMonday().plusWeeks(4));
		requests.saveRecurring(recurring);
		requests.addRecurringRequests(comingMonday());
		navigate(RequestListView.class);
		test($(TextField.class).withCondition(field -> field.getPlaceholder() != null).first()).setValue(memberCode);
		test(grid()).select(0);
		return $(RequestForm.class).single();
	}

	private Request stored(String memberCode) {
		return requests.findByWeek(comingMonday()).stream().filter(r -> r.getMember().getCode().equals(memberCode))
				.findFirst().orElseThrow();
	}

	private LocalDate comingMonday() {
		return LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
	}

	@SuppressWarnings("unchecked")
	private Grid<Request> grid() {
		return $(Grid.class).single();
	}

	private static String message(String key) {
		return Translations.translate(key, UI.getCurrent().getLocale());
	}

}
