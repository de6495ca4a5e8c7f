package fr.mosaic.request.ui;

import static fr.mosaic.RegisterFixtures.request;
import static fr.mosaic.RegisterFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;

import fr.mosaic.AccountFixtures;
import fr.mosaic.WeekFixtures;
import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.DayTimeRow;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.member.MemberService;
import fr.mosaic.request.ChangeRequest;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.worker.SkillService;

/**
 * A member's home: the request form with the member fixed refuses a window shorter than the block, more blocks than
 * days with distinct days and a week over; a request is made, edited and withdrawn (confirmed) there; a published
 * week's request is not saved but asked of the coordinator.
 */
@SpringBootTest
@WithMockUser(username = "mrv-member", roles = AppRoles.MEMBER)
class MemberRequestsViewTest extends SpringBrowserlessTest {

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

	long memberId;

	MemberRequestsView view;

	@BeforeEach
	void openHome() {
		memberId = fixtures.member("mrv-member", "MRV-M");
		systemAccess.run(() -> {
			if (skills.findByCode("MRV-SK").isEmpty()) {
				skills.save(skill("MRV-SK", "Traite MRV"));
			}
		});
		view = navigate(MemberRequestsView.class);
	}

	@AfterEach
	void removeRequestsAndPlans() {
		weeks.remove(publishedWeek());
		systemAccess.run(() -> {
			requests.findByMember(memberId, thisMonday(), thisMonday().plusWeeks(MemberRequestsView.WEEKS_AHEAD))
					.forEach(requests::delete);
			requests.findRecurringOfMember(memberId).forEach(requests::deleteRecurring);
		});
	}

	@Test
	void windowShorterThanTheBlockIsRefused() {
		var form = fillNewRequest();
		test(form.terms.durationMinutes).setValue(300);
		test(form.save).click();

		assertThat(form.status.getText()).isEqualTo(message("request.form.windows.tooShort",
				DayOfWeek.TUESDAY.getDisplayName(TextStyle.FULL, UI.getCurrent().getLocale()), "08:00–12:00", 240,
				300));
		assertThat(mine()).isEmpty();
	}

	@Test
	void moreBlocksThanDaysWithDistinctDaysIsRefused() {
		var form = fillNewRequest();
		test(form.terms.durationMinutes).setValue(120);
		test(form.terms.count).setValue(2);
		test(form.terms.distinctDays).click();
		test(form.save).click();

		assertThat(form.status.getText()).isEqualTo(message("request.form.count.distinctDays"));
		assertThat(mine()).isEmpty();

		test(form.terms.distinctDays).click();
		test(form.save).click();

		assertThat(mine()).singleElement().satisfies(request -> assertThat(request.getCount()).isEqualTo(2));
	}

	@Test
	void weekInThePastIsRefused() {
		var form = fillNewRequest();
		test(form.weekStart).setValue(thisMonday().minusWeeks(1));
		test(form.save).click();

		assertThat(form.weekStart.isInvalid()).isTrue();
		assertThat(form.weekStart.getErrorMessage()).isEqualTo(message("request.form.weekStart.past"));
		assertThat(mine()).isEmpty();
	}

	@Test
	void theFormIsTheMembersOwn() {
		var form = fillNewRequest();
		assertThat(form.terms.member.isVisible()).isFalse();
		assertThat(form.code.isVisible()).isFalse();
		assertThat(form.terms.priority.isVisible()).isFalse();
		assertThat(form.terms.site.getListDataView().getItems()).extracting(site -> site.getMember().getId())
				.containsOnly(memberId);
	}

	@Test
	void aFixedSlotIsOneBlockFillingItsWindow() {
		var form = fillNewRequest();
		form.fixedSlot.setValue(true);
		((DayTimeRow) form.windows.rows().getFirst()).to.setValue(LocalTime.of(11, 30));

		assertThat(form.terms.count.isVisible()).isFalse();
		assertThat(form.terms.durationMinutes.isReadOnly()).isTrue();
		assertThat(form.terms.durationMinutes.getValue()).isEqualTo(210);
		test(form.windows.add).click();
		var second = (DayTimeRow) form.windows.rows().getLast();
		second.day.setValue(DayOfWeek.THURSDAY);
		second.from.setValue(LocalTime.of(8, 0));
		second.to.setValue(LocalTime.of(10, 0));
		test(form.save).click();

		assertThat(form.status.getText()).isEqualTo(message("request.form.kind.oneWindow"));
		assertThat(mine()).isEmpty();

		form.windows.setValue(List.of(form.windows.getValue().getFirst()));
		test(form.save).click();

		assertThat(mine()).singleElement().satisfies(request -> {
			assertThat(request.getDurationMinutes()).isEqualTo(210);
			assertThat(request.getCount()).isEqualTo(1);
		});
		test(requestGrid()).select(0);
		assertThat(form.fixedSlot.getValue()).as("read back as a fixed slot").isTrue();
	}

	@Test
	void aRequestIsMadeEditedAndWithdrawnFromTheHome() {
		var form = fillNewRequest();
		test(form.terms.durationMinutes).setValue(120);
		test(form.save).click();

		assertThat(lastNotification()).isEqualTo(message("request.mine.saved"));
		var made = mine().getFirst();
		assertThat(made.getMember().getId()).isEqualTo(memberId);
		assertThat(made.getWindows()).extracting(w -> w.start().getDayOfWeek()).containsExactly(DayOfWeek.TUESDAY);
		assertThat(test(requestGrid()).size()).isEqualTo(1);

		test(requestGrid()).select(0);
		assertThat(form.isVisible()).isTrue();
		test(form.terms.count).setValue(2);
		test(form.save).click();

		assertThat(mine()).singleElement().satisfies(request -> assertThat(request.getCount()).isEqualTo(2));

		test(requestGrid()).select(0);
		assertThat(form.delete.getText()).isEqualTo(message("request.mine.withdraw"));
		test(form.delete).click();
		var confirm = $(ConfirmDialog.class).single();
		var withdrawn = mine().getFirst();
		assertThat(confirm.getElement().getProperty("header")).isEqualTo(message("request.mine.withdraw.confirm.header",
				DateText.day(withdrawn.getWeekStart(), UI.getCurrent().getLocale())));
		assertThat(confirm.getElement().getProperty("message")).as("member, site and skill named apart")
				.isEqualTo(message("request.mine.withdraw.confirm.text", withdrawn.getMember().getName(), "Accueil",
						"Traite MRV"));
		assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo(message("request.mine.withdraw"));
		test(confirm).confirm();

		assertThat(lastNotification()).isEqualTo(message("request.mine.deleted"));
		assertThat(mine()).isEmpty();
		assertThat(view.empty.isVisible()).isTrue();
	}

	@Test
	void aPublishedWeeksRequestIsAskedOfTheCoordinatorNotSaved() {
		var publishedRequest = publishOneRequest();
		view = navigate(MemberRequestsView.class);
		assertThat(view.changesTitle.isVisible()).as("no title above no asks").isFalse();
		test(requestGrid()).select(0);
		var form = $(RequestForm.class).single();
		assertThat(form.save.isVisible()).isFalse();
		assertThat(form.delete.isVisible()).isFalse();
		assertThat(form.askChange.isVisible()).isTrue();
		assertThat(form.fixedSlot.getValue()).as("three hours filling its window").isTrue();
		form.fixedSlot.setValue(false);
		test(form.terms.durationMinutes).setValue(120);
		test(form.askChange).click();
		var dialog = $(ChangeRequestDialog.class).single();
		test(dialog.send).click();
		assertThat(dialog.message.isInvalid()).as("words are needed").isTrue();
		test(dialog.message).setValue("Deux heures suffisent");
		test(dialog.send).click();

		assertThat(lastNotification()).isEqualTo(message("request.change.sent"));
		var asked = systemAccess.call(() -> requests.findChangeRequests(publishedWeek()));
		assertThat(asked).singleElement().satisfies(ask -> {
			assertThat(ask.getRequestId()).isEqualTo(publishedRequest.getId());
			assertThat(ask.getMessage()).isEqualTo("Deux heures suffisent");
			assertThat(ask.getProposal()).contains("Traite MRV").contains("2 h 00").contains("09:00–12:00");
			assertThat(ask.getStatus()).isEqualTo(ChangeRequest.Status.OPEN);
		});
		assertThat(systemAccess.call(() -> requests.get(publishedRequest.getId())).getDurationMinutes())
				.as("the request itself unchanged").isEqualTo(180);
		assertThat(test(view.changes).size()).isEqualTo(1);
		assertThat(view.changesTitle.isVisible()).isTrue();
	}

	@Test
	void aRecurringRequestEndingBeforeItStartsIsRefusedThenMade() {
		navigate(MemberRecurringRequestsView.class);
		test($(Button.class).id("list-add")).click();
		var form = $(RecurringRequestForm.class).single();
		assertThat(form.terms.member.isVisible()).isFalse();
		test(form.terms.site).selectItem("Accueil");
		test(form.terms.skill).selectItem("Traite MRV");
		test(form.terms.durationMinutes).setValue(120);
		test(form.windows.add).click();
		var row = (DayTimeRow) form.windows.rows().getFirst();
		row.day.setValue(DayOfWeek.THURSDAY);
		row.from.setValue(LocalTime.of(14, 0));
		row.to.setValue(LocalTime.of(18, 0));
		test(form.lastDay).setValue(form.firstDay.getValue().minusDays(1));
		test(form.save).click();

		assertThat(form.status.getText()).isEqualTo(message("request.recurring.period.invalid"));
		assertThat(systemAccess.call(() -> requests.findRecurringOfMember(memberId))).isEmpty();

		test(form.lastDay).setValue(form.firstDay.getValue().plusWeeks(8));
		test(form.save).click();

		assertThat(systemAccess.call(() -> requests.findRecurringOfMember(memberId))).singleElement()
				.satisfies(recurring -> {
					assertThat(recurring.getMember().getId()).isEqualTo(memberId);
					assertThat(recurring.getDurationMinutes()).isEqualTo(120);
				});
	}

	/** A new request of the member on its form, for the open week, with a Tuesday morning window, not saved. */
	private RequestForm fillNewRequest() {
		test($(Button.class).id("list-add")).click();
		var form = $(RequestForm.class).single();
		test(form.weekStart).setValue(openWeek());
		test(form.terms.site).selectItem("Accueil");
		test(form.terms.skill).selectItem("Traite MRV");
		test(form.windows.add).click();
		var row = (DayTimeRow) form.windows.rows().getFirst();
		row.day.setValue(DayOfWeek.TUESDAY);
		row.from.setValue(LocalTime.of(8, 0));
		row.to.setValue(LocalTime.of(12, 0));
		return form;
	}

	private Request publishOneRequest() {
		var workerId = fixtures.worker("mrv-worker", "MRV-W");
		var request = systemAccess.call(() -> requests.save(
				request("MRV-P1", members.get(memberId), skills.findByCode("MRV-SK").orElseThrow(), publishedWeek())));
		weeks.publishOneShift(request, workerId);
		return request;
	}

	private List<Request> mine() {
		return systemAccess.call(() -> requests.findByMember(memberId, openWeek(), openWeek()));
	}

	@SuppressWarnings("unchecked")
	private Grid<Request> requestGrid() {
		return $(Grid.class).withCondition(grid -> grid != view.changes).single();
	}

	private LocalDate thisMonday() {
		return WeekField.mondayOf(LocalDate.now(clock));
	}

	/** The last week the home shows; no other test plans it. */
	private LocalDate openWeek() {
		return thisMonday().plusWeeks(MemberRequestsView.WEEKS_AHEAD);
	}

	private LocalDate publishedWeek() {
		return thisMonday().plusWeeks(3);
	}

	private String lastNotification() {
		return test($(Notification.class).last()).getText();
	}

	private static String message(String key, Object... args) {
		return Translations.translate(key, UI.getCurrent().getLocale(), args);
	}

}
