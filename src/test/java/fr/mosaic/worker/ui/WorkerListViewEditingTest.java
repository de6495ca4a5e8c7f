package fr.mosaic.worker.ui;

import static fr.mosaic.RegisterFixtures.member;
import static fr.mosaic.RegisterFixtures.skill;
import static fr.mosaic.RegisterFixtures.text;
import static fr.mosaic.RegisterFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

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
import com.vaadin.flow.component.textfield.TextField;

import fr.mosaic.base.Translations;
import fr.mosaic.member.Member;
import fr.mosaic.member.MemberService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.AvailabilitySlot;
import fr.mosaic.worker.Skill;
import fr.mosaic.worker.SkillService;
import fr.mosaic.worker.Unavailability;
import fr.mosaic.worker.Worker;
import fr.mosaic.worker.WorkerService;

/** Stored workers opened, edited, saved and deleted on screen, each text at and past its length, refused saves. */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class WorkerListViewEditingTest extends SpringBrowserlessTest {

	static final LocalDateTime LEAVE_START = LocalDateTime.of(2027, 1, 4, 0, 0);

	static final LocalDateTime LEAVE_END = LocalDateTime.of(2027, 1, 9, 0, 0);

	@Autowired
	WorkerService workers;

	@Autowired
	SkillService skills;

	@Autowired
	MemberService members;

	@Test
	void storedWorkerWithEveryRelationIsEditedAndReadBack() {
		var skill = skills.save(skill("EDIT-WK1", "Secrétariat"));
		var mairie = members.save(member("EDIT-WM1", "Mairie de Vaux"));
		var golf = members.save(member("EDIT-WM2", "Golf de Vaux"));
		var ferme = members.save(member("EDIT-WM3", "Ferme de Vaux"));
		var stored = worker("EDIT-W1", "Camille Martin");
		stored.setSkills(List.of(skill));
		stored.setPreferredMembers(List.of(mairie));
		stored.setExcludedMembers(List.of(golf));
		stored.setExcludedByMembers(Set.of(ferme));
		stored.setAvailability(
				List.of(new AvailabilitySlot(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))));
		stored.setUnavailability(List.of(new Unavailability(LEAVE_START, LEAVE_END, "Congés")));
		workers.save(stored);

		var form = open("EDIT-W1");
		assertThat(form.relations.preferredMembers.getValue()).extracting(Member::getCode).containsExactly("EDIT-WM1");
		test(form.name).setValue("Camille Martin-Roux");
		test(form.relations.preferredMembers).selectItem("Mairie de Vaux", "Ferme de Vaux");
		test(((PeriodRow) form.unavailability.rows().getFirst()).reason).setValue("Formation");
		test(form.save).click();

		assertThat(test($(Notification.class).last()).getText()).isEqualTo(message("worker.list.saved"));
		var read = workers.findByCode("EDIT-W1").orElseThrow();
		assertThat(read.getName()).isEqualTo("Camille Martin-Roux");
		assertThat(read.getSkills()).extracting(Skill::getCode).containsExactly("EDIT-WK1");
		assertThat(read.getPreferredMembers()).extracting(Member::getCode).containsExactly("EDIT-WM1", "EDIT-WM3");
		assertThat(read.getExcludedMembers()).extracting(Member::getCode).containsExactly("EDIT-WM2");
		assertThat(read.getExcludedByMembers()).extracting(Member::getCode).containsExactly("EDIT-WM3");
		assertThat(read.getAvailability()).isEqualTo(stored.getAvailability());
		assertThat(read.getUnavailability()).containsExactly(new Unavailability(LEAVE_START, LEAVE_END, "Formation"));
	}

	@Test
	void storedWorkerIsDeletedAfterConfirmation() {
		workers.save(worker("DEL-W1", "Hugo Blanc"));

		test(open("DEL-W1").delete).click();
		test($(ConfirmDialog.class).single()).confirm();

		assertThat(workers.findByCode("DEL-W1")).isEmpty();
	}

	@Test
	void textsAtTheirLimitAreSavedAndReadBack() {
		workers.save(worker("LIMIT-W1", "Lina Morel"));

		var form = open("LIMIT-W1");
		var code = text("LIMIT-W1-", 64);
		test(form.code).setValue(code);
		test(form.name).setValue(text("N", 160));
		var leave = addLeave(form, text("R", 255));
		test(form.save).click();

		assertThat(form.isVisible()).as("saved and closed").isFalse();
		assertThat(leave.reason.getHelperText()).isEqualTo(message("base.text.limitReached", 255));
		var read = workers.findByCode(code).orElseThrow();
		assertThat(read.getName()).isEqualTo(text("N", 160));
		assertThat(read.getUnavailability()).extracting(Unavailability::reason).containsExactly(text("R", 255));
	}

	@Test
	void textOnePastItsLimitIsRefusedOnItsFieldAndTheCorrectedWorkerSaves() {
		workers.save(worker("PAST-W1", "Noé Garnier"));

		var form = open("PAST-W1");
		assertThat(form.name.getMaxLength()).isEqualTo(160);
		test(form.code).setValue(text("PAST-W1-", 65));
		test(form.name).setValue(text("N", 161));
		var leave = addLeave(form, text("R", 400));
		assertThat(leave.reason.getMaxLength()).isEqualTo(255);
		test(form.save).click();

		assertThat(form.code.getErrorMessage()).isEqualTo(message("base.code.size"));
		assertThat(form.name.getErrorMessage()).isEqualTo(message("base.name.size"));
		assertThat(leave.reason.getErrorMessage()).isEqualTo(message("worker.form.unavailability.reason.size"));
		assertThat(form.unavailability.getErrorMessage()).isEqualTo(message("base.rows.incomplete"));
		assertThat(workers.findByCode("PAST-W1").orElseThrow().getUnavailability()).isEmpty();

		test(form.code).setValue("PAST-W1");
		test(form.name).setValue("Noé Garnier");
		test(leave.reason).setValue(text("R", 256));
		test(form.save).click();
		assertThat(leave.reason.getErrorMessage()).isEqualTo(message("worker.form.unavailability.reason.size"));

		test(leave.reason).setValue("Congé parental");
		test(form.save).click();

		assertThat(test($(Notification.class).last()).getText()).isEqualTo(message("worker.list.saved"));
		assertThat(workers.findByCode("PAST-W1").orElseThrow().getUnavailability()).extracting(Unavailability::reason)
				.containsExactly("Congé parental");
	}

	@Test
	void duplicateIdIsSaidSoAndTheCorrectedWorkerSaves() {
		workers.save(worker("DUP-W1", "Jade Perrin"));

		navigate(WorkerListView.class);
		test($(Button.class).withText(message("worker.list.add")).single()).click();
		var form = $(WorkerForm.class).single();
		test(form.code).setValue("DUP-W1");
		test(form.name).setValue("Jade Perrin-Roy");
		addLeave(form, "Congés");
		test(form.save).click();

		assertThat(test($(Notification.class).last()).getText()).isEqualTo(message("base.save.duplicate"));

		test(form.code).setValue("DUP-W2");
		test(form.save).click();

		assertThat(test($(Notification.class).last()).getText()).isEqualTo(message("worker.list.saved"));
		assertThat(workers.findByCode("DUP-W2").orElseThrow().getUnavailability()).hasSize(1);
	}

	private WorkerForm open(String code) {
		navigate(WorkerListView.class);
		test($(TextField.class).first()).setValue(code);
		test(grid()).select(0);
		return $(WorkerForm.class).single();
	}

	private PeriodRow addLeave(WorkerForm form, String reason) {
		test(form.unavailability.add).click();
		var row = (PeriodRow) form.unavailability.rows().getLast();
		test(row.start).setValue(LEAVE_START);
		test(row.end).setValue(LEAVE_END);
		test(row.reason).setValue(reason);
		return row;
	}

	@SuppressWarnings("unchecked")
	private Grid<Worker> grid() {
		return $(Grid.class).single();
	}

	private static String message(String key, Object... params) {
		return Translations.translate(key, UI.getCurrent().getLocale(), params);
	}

}
