package fr.mosaic.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import javax.sql.DataSource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import fr.mosaic.DatabaseCleaner;
import fr.mosaic.interchange.ProblemImporter;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.weekplan.WeekPlanService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The coordinator plans a week on screen, reads the plan and its explanation, and publishes it. */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class WeekPlanViewTest extends SpringBrowserlessTest {

	static final LocalDate WEEK = LocalDate.of(2026, 11, 23);

	@Autowired
	ProblemImporter importer;

	@Autowired
	PlanningService planning;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void importExample() throws Exception {
		DatabaseCleaner.clean(dataSource);
		importer.importJson(Files.readString(Path.of("src/test/resources/interchange/small-problem.json")));
	}

	@Test
	void plansTheWeekThenPublishesIt() throws Exception {
		var view = navigate(WeekPlanView.class);
		view.week.setValue(WEEK);
		assertThat(view.status.getText()).isEqualTo(getTranslation("planning.view.noPlan"));
		assertThat(view.publish.isEnabled()).isFalse();

		test(view.solve).click();
		awaitDone();
		view.refresh();

		assertThat(view.status.getText()).startsWith("Draft").endsWith(getTranslation("planning.view.feasible"));
		assertThat(test(view.panels.shifts).size()).isEqualTo(8);
		assertThat(test(view.panels.workers).size()).isEqualTo(3);
		assertThat(test(view.panels.rules).size()).isPositive();

		test(view.publish).click();
		var dialog = $(ConfirmDialog.class).single();
		ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));

		assertThat(weekPlans.isPublished(WEEK)).isTrue();
		assertThat(view.status.getText()).startsWith("Published");
		assertThat(view.solve.isEnabled()).isFalse();
	}

	@Test
	void planDownloadIsOfferedOnlyForAWeekWithAPlan() {
		var view = navigate(WeekPlanView.class);
		// the imported week's pinned shifts make its draft
		view.week.setValue(WEEK.plusDays(2));
		assertThat(view.week.getValue()).isEqualTo(WEEK);
		assertThat(view.download.isVisible()).isTrue();

		view.week.setValue(WEEK.plusWeeks(1));

		assertThat(view.download.isVisible()).isFalse();
		assertThat(view.status.getText()).isEqualTo(getTranslation("planning.view.noPlan"));
	}

	private void awaitDone() throws InterruptedException {
		var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (planning.status(PlanningService.weekJobId(WEEK))
			.map(s -> s.state() == PlanningService.JobState.SOLVING)
			.orElse(true) && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
	}

	private String getTranslation(String key) {
		return fr.mosaic.base.ui.MosaicI18NProvider.translate(key, java.util.Locale.ENGLISH);
	}

}
