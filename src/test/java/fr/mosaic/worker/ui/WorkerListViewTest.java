package fr.mosaic.worker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import fr.mosaic.base.Translations;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.Skill;
import fr.mosaic.worker.SkillService;
import fr.mosaic.worker.Worker;
import fr.mosaic.worker.WorkerService;

@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class WorkerListViewTest extends SpringBrowserlessTest {

	@Autowired
	SkillService skills;

	@Autowired
	WorkerService workers;

	@Test
	void newWorkerWithSkillAppearsInGridAfterMaximumIsFixed() {
		var skill = new Skill();
		skill.setCode("WV-K1");
		skill.setName("Entretien des espaces verts");
		skills.save(skill);

		navigate(WorkerListView.class);
		test($(Button.class).withText(message("worker.list.add")).single()).click();
		var form = $(WorkerForm.class).single();
		test(form.code).setValue("WV-W1");
		test(form.name).setValue("Lucas Bernard");
		test(form.contractMinutes).setValue(1800);
		test(form.maxMinutes).setValue(1500);
		test(form.relations.skills).selectItem("Entretien des espaces verts");
		test(form.save).click();

		assertThat(form.status.getText()).isEqualTo(message("worker.form.maxMinutes.belowContract"));
		assertThat(workers.findByCode("WV-W1")).isEmpty();

		test(form.maxMinutes).setValue(2100);
		test(form.save).click();

		test($(TextField.class).first()).setValue("WV-W1");
		var grid = test(grid());
		assertThat(grid.size()).isEqualTo(1);
		assertThat(grid.getCellText(0, 2)).isEqualTo(message("worker.form.hours", 30, 0));
		assertThat(grid.getCellText(0, 4)).isEqualTo("Entretien des espaces verts");
		assertThat(workers.findByCode("WV-W1")).get().extracting(Worker::getMaxMinutes).isEqualTo(2100);
	}

	@SuppressWarnings("unchecked")
	private Grid<Worker> grid() {
		return $(Grid.class).single();
	}

	private static String message(String key, Object... params) {
		return Translations.translate(key, UI.getCurrent().getLocale(), params);
	}

}
