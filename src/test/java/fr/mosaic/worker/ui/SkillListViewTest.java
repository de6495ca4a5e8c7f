package fr.mosaic.worker.ui;

import static fr.mosaic.RegisterFixtures.skill;
import static fr.mosaic.RegisterFixtures.text;
import static fr.mosaic.RegisterFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

import fr.mosaic.base.Translations;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.Skill;
import fr.mosaic.worker.SkillService;
import fr.mosaic.worker.WorkerService;

@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class SkillListViewTest extends SpringBrowserlessTest {

	@Autowired
	SkillService skills;

	@Autowired
	WorkerService workers;

	@Test
	void deletingSkillThatWorkersHoldIsRefusedWithTheReason() {
		var skill = skills.save(skill("INUSE-K1", "Comptabilité agricole"));
		var worker = worker("INUSE-W1", "Claire Petit");
		worker.setSkills(List.of(skill));
		workers.save(worker);

		test(open("INUSE-K1").delete).click();
		test($(ConfirmDialog.class).single()).confirm();

		var expected = Translations.translate("base.delete.inUse", locale(),
				Translations.translate("worker.reference.workers", locale(), 1L));
		assertThat(test($(Notification.class).last()).getText()).isEqualTo(expected);
		assertThat(skills.findByCode("INUSE-K1")).isPresent();
	}

	@Test
	void unusedSkillIsDeletedAfterConfirmation() {
		skills.save(skill("FREE-K1", "Jardinage"));

		test(open("FREE-K1").delete).click();
		test($(ConfirmDialog.class).single()).confirm();

		assertThat(skills.findByCode("FREE-K1")).isEmpty();
		assertThat(test(grid()).size()).isZero();
	}

	@Test
	void storedSkillIsRenamedAndReadBack() {
		skills.save(skill("SKILL-EDIT", "Compta"));

		var form = open("SKILL-EDIT");
		assertThat(form.name.getValue()).isEqualTo("Compta");
		test(form.name).setValue("Comptabilité analytique");
		test(form.save).click();

		assertThat(skills.findByCode("SKILL-EDIT").orElseThrow().getName()).isEqualTo("Comptabilité analytique");
	}

	@Test
	void aNameAnotherSkillBearsIsRefusedWithThatName() {
		skills.save(skill("DUP-K1", "Maraîchage"));
		skills.save(skill("DUP-K2", "Irrigation"));

		var form = open("DUP-K2");
		test(form.name).setValue(" MARAÎCHAGE ");
		test(form.save).click();

		assertThat(test($(Notification.class).last()).getText())
				.isEqualTo(Translations.translate("worker.skill.nameTaken", locale(), " MARAÎCHAGE ", "DUP-K1"));
		assertThat(skills.findByCode("DUP-K2").orElseThrow().getName()).isEqualTo("Irrigation");
	}

	@Test
	void textsAtTheirLimitAreSavedAndOnePastIsRefusedOnTheField() {
		skills.save(skill("SKILL-LIMIT", "Paie"));

		var form = open("SKILL-LIMIT");
		test(form.code).setValue(text("SKILL-LIMIT-", 65));
		test(form.name).setValue(text("N", 161));
		test(form.save).click();

		assertThat(form.code.getErrorMessage()).isEqualTo(message("base.code.size"));
		assertThat(form.name.getErrorMessage()).isEqualTo(message("base.name.size"));
		assertThat(skills.findByCode("SKILL-LIMIT").orElseThrow().getName()).isEqualTo("Paie");

		test(form.code).setValue(text("SKILL-LIMIT-", 64));
		test(form.name).setValue(text("N", 160));
		test(form.save).click();

		assertThat(skills.findByCode(text("SKILL-LIMIT-", 64)).orElseThrow().getName()).isEqualTo(text("N", 160));
	}

	private SkillForm open(String code) {
		navigate(SkillListView.class);
		test($(TextField.class).first()).setValue(code);
		test(grid()).select(0);
		return $(SkillForm.class).single();
	}

	@SuppressWarnings("unchecked")
	private Grid<Skill> grid() {
		return $(Grid.class).single();
	}

	private static Locale locale() {
		return UI.getCurrent().getLocale();
	}

	private static String message(String key) {
		return Translations.translate(key, locale());
	}

}
