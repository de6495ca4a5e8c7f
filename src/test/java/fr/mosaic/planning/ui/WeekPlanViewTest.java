package fr.mosaic.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import javax.sql.DataSource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import fr.mosaic.DatabaseCleaner;
import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.ProblemImporter;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.planning.PlanningService.JobState;
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

	static final Path PROBLEM = Path.of("src/test/resources/interchange/small-problem.json");

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
		importer.importJson(Files.readString(PROBLEM));
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
	void aWeekWaitingForTheSolverCanBeCancelledAndPlannedAgain() throws Exception {
		// The tests solve one job at a time: this one holds the solver, so the week's job waits.
		var busy = planning.solve(new InterchangeJson().readProblem(Files.readString(PROBLEM)), Duration.ofMinutes(5));
		await().until(() -> planning.status(busy).orElseThrow().state() == JobState.SOLVING);
		var view = navigate(WeekPlanView.class);
		view.week.setValue(WEEK);

		test(view.solve).click();
		view.refresh();

		assertThat(planning.status(PlanningService.weekJobId(WEEK)).orElseThrow().state()).isEqualTo(JobState.QUEUED);
		assertThat(view.solve.isEnabled()).isFalse();
		assertThat(view.stop.isEnabled()).isTrue();

		test(view.stop).click();
		view.refresh();

		assertThat(planning.status(PlanningService.weekJobId(WEEK)).orElseThrow().state())
			.isEqualTo(JobState.CANCELLED);
		assertThat(view.solve.isEnabled()).as("the week is free again").isTrue();
		assertThat(view.stop.isEnabled()).isFalse();
		planning.stop(busy);
	}

	private void awaitDone() throws InterruptedException {
		var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (planning.status(PlanningService.weekJobId(WEEK))
			.map(s -> !s.state().finished())
			.orElse(true) && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
	}

	private String getTranslation(String key) {
		return fr.mosaic.base.ui.MosaicI18NProvider.translate(key, java.util.Locale.ENGLISH);
	}

}
