package fr.mosaic.worker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import fr.mosaic.base.ui.MosaicI18NProvider;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.Skill;
import fr.mosaic.worker.SkillService;
import fr.mosaic.worker.Worker;
import fr.mosaic.worker.WorkerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class SkillListViewTest extends SpringBrowserlessTest {

	@Autowired
	SkillService skills;

	@Autowired
	WorkerService workers;

	@Test
	void deletingSkillThatWorkersHoldIsRefusedWithTheReason() {
		var skill = skills.save(skill("INUSE-K1", "Comptabilité"));
		var worker = new Worker();
		worker.setCode("INUSE-W1");
		worker.setName("Claire Petit");
		worker.setSkills(List.of(skill));
		workers.save(worker);

		navigate(SkillListView.class);
		test($(TextField.class).first()).setValue("INUSE-K1");
		test(grid()).select(0);
		test($(SkillForm.class).single().delete).click();
		test($(ConfirmDialog.class).single()).confirm();

		var expected = MosaicI18NProvider.translate("base.delete.inUse", locale(),
				MosaicI18NProvider.translate("worker.reference.workers", locale(), 1L));
		assertThat(test($(Notification.class).last()).getText()).isEqualTo(expected);
		assertThat(skills.findByCode("INUSE-K1")).isPresent();
	}

	@Test
	void unusedSkillIsDeletedAfterConfirmation() {
		skills.save(skill("FREE-K1", "Jardinage"));

		navigate(SkillListView.class);
		test($(TextField.class).first()).setValue("FREE-K1");
		test(grid()).select(0);
		test($(SkillForm.class).single().delete).click();
		test($(ConfirmDialog.class).single()).confirm();

		assertThat(skills.findByCode("FREE-K1")).isEmpty();
		assertThat(test(grid()).size()).isZero();
	}

	private static Skill skill(String code, String name) {
		var skill = new Skill();
		skill.setCode(code);
		skill.setName(name);
		return skill;
	}

	@SuppressWarnings("unchecked")
	private Grid<Skill> grid() {
		return $(Grid.class).single();
	}

	private static java.util.Locale locale() {
		return UI.getCurrent().getLocale();
	}

}
