package fr.mosaic.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.DateText;
import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.planning.ExampleWeek;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.planning.PlanningService.JobState;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.WeekPlanService;

/** The coordinator plans the coming week on screen, reads the plan and its explanation, and publishes it. */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class WeekPlanViewTest extends SpringBrowserlessTest {

	static final Path EXAMPLE = Path.of("docs/spec/examples/small-problem.json");

	/** A worker's, member's or request's id, or a shift's. */
	static final Pattern ID = Pattern.compile("\\b[wmr]\\d+(#\\d+)?\\b");

	/** Minutes counted past an hour ("1871 min"), where a person reads hours. */
	static final Pattern MINUTE_COUNT = Pattern.compile("\\b([6-9]\\d|\\d{3,}) min");

	@Autowired
	ProblemImporter importer;

	@Autowired
	PlanStore planStore;

	@Autowired
	PlanningService planning;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	private LocalDate comingMonday;

	@BeforeEach
	void importExampleIntoTheComingWeek() throws Exception {
		DatabaseCleaner.clean(dataSource);
		comingMonday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		importer.importJson(exampleIn(comingMonday));
	}

	@Test
	void plansTheComingWeekThenPublishesIt() throws Exception {
		var view = navigate(WeekPlanView.class);
		// the browser-less UI opened this route ("") before the import: show the stored week again
		view.refresh();
		assertThat(view.week.getValue()).isEqualTo(comingMonday);
		assertThat(view.status.getText()).as("the imported pin is a draft").startsWith("Draft");
		assertThat(view.publish.isEnabled()).isFalse();
		assertReadsInWords(view);

		test(view.solve).click();
		awaitDone();
		view.refresh();

		assertThat(view.status.getText()).startsWith("Draft — All legal rules kept · ");
		assertReadsInWords(view);
		assertThat(view.panels.rawScore.isVisible()).isFalse();
		view.panels.technical.setValue(true);
		assertThat(view.panels.rawScore.isVisible()).as("the raw score stays for experts").isTrue();
		assertThat(view.panels.rawScore.getText()).matches("Score: -?\\d+hard/-?\\d+medium/-?\\d+soft");
		assertThat(test(view.panels.shifts).size()).isEqualTo(8);
		assertThat(test(view.panels.workers).size()).isEqualTo(3);
		assertThat(test(view.panels.rules).size()).isPositive();

		test(view.publish).click();
		var dialog = $(ConfirmDialog.class).single();
		assertThat(dialog.getElement().getProperty("header"))
				.isEqualTo("Publish the week of " + DateText.day(comingMonday, Locale.ENGLISH) + "?");
		assertThat($(Span.class).id("plan-publish-warning").getText()).as("the coming week has not begun")
				.doesNotContain(getTranslation("planning.view.publishBegun"));
		ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));

		assertThat(weekPlans.isPublished(comingMonday)).isTrue();
		assertThat(view.status.getText()).startsWith("Published");
		assertThat(view.solve.isEnabled()).isFalse();
	}

	@Test
	void publishingAWeekAlreadyBegunWarnsThatPastShiftsCountAsWorked() {
		var thisMonday = comingMonday.minusWeeks(1);
		importer.importJson(ExampleWeek.problemIn(thisMonday));
		planStore.storeDraft(new InterchangeJson().readPlan(ExampleWeek.planIn(thisMonday)));
		var view = navigate(WeekPlanView.class);
		view.week.setValue(thisMonday);
		view.refresh();

		test(view.publish).click();

		assertThat($(Span.class).id("plan-publish-warning").getText())
				.contains(getTranslation("planning.view.publishBegun"));
		$(ConfirmDialog.class).single().close();
	}

	@Test
	void planDownloadIsOfferedOnlyForAWeekWithAPlan() {
		var view = navigate(WeekPlanView.class);
		// the imported week's pinned shifts make its draft
		view.week.setValue(comingMonday.plusDays(2));
		assertThat(view.week.getValue()).isEqualTo(comingMonday);
		assertThat(view.download.isVisible()).isTrue();

		view.week.setValue(comingMonday.plusWeeks(1));

		assertThat(view.download.isVisible()).isFalse();
		assertThat(view.status.getText()).isEqualTo(getTranslation("planning.view.noPlan"));
	}

	@Test
	void aWeekWaitingForTheSolverCanBeCancelledAndPlannedAgain() throws Exception {
		// The tests solve one job at a time: this one holds the solver, so the week's job waits.
		var busy = planning.solve(new InterchangeJson().readProblem(Files.readString(EXAMPLE)), Duration.ofMinutes(5));
		// polled on the test's thread, which holds the coordinator's login
		await().pollInSameThread().until(() -> planning.status(busy).orElseThrow().state() == JobState.SOLVING);
		var view = navigate(WeekPlanView.class);
		view.week.setValue(comingMonday);
		view.refresh();

		test(view.solve).click();
		view.refresh();

		assertThat(planning.status(PlanningService.weekJobId(comingMonday)).orElseThrow().state())
				.isEqualTo(JobState.QUEUED);
		assertThat(view.solve.isEnabled()).isFalse();
		assertThat(view.stop.isEnabled()).isTrue();
		assertThat(view.solving.getText()).startsWith("Queued (next to start)");

		test(view.stop).click();
		view.refresh();

		assertThat(planning.status(PlanningService.weekJobId(comingMonday)).orElseThrow().state())
				.isEqualTo(JobState.CANCELLED);
		assertThat(view.solve.isEnabled()).as("the week is free again").isTrue();
		assertThat(view.stop.isEnabled()).isFalse();
		planning.stop(busy);
	}

	@Test
	void aSecondCoordinatorOpeningTheWeekSeesItsSolveRunningAndCannotStartAnother() {
		var job = PlanningService.weekJobId(comingMonday);
		// another coordinator's solve
		planning.solveWeek(comingMonday, Duration.ofMinutes(5), status -> {
		});
		await().pollInSameThread().until(() -> planning.status(job).orElseThrow().state() == JobState.SOLVING);

		var view = navigate(WeekPlanView.class);
		view.refresh();

		assertThat(view.solve.isEnabled()).isFalse();
		assertThat(view.stop.isEnabled()).isTrue();
		assertThat(view.solving.isVisible()).isTrue();
		assertThat(view.solving.getText()).startsWith("Solving for ").contains(" covered of ")
				.contains(" requested — ");

		test(view.stop).click();
		awaitDone();
		view.refresh();

		assertThat(planning.status(job).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
		assertThat(view.solve.isEnabled()).isTrue();
		assertThat(view.solving.isVisible()).isFalse();
		assertThat(view.status.getText()).startsWith("Draft");
	}

	@Test
	void solveIsDisabledWhileTheWeekSolves() {
		var view = navigate(WeekPlanView.class);
		view.refresh();

		test(view.solve).click();

		assertThat(view.solve.isEnabled()).as("one solve per week").isFalse();
		assertThat(view.stop.isEnabled()).isTrue();
		assertThat(view.solving.isVisible()).isTrue();
		test(view.stop).click();
		awaitDone();
		view.refresh();
		assertThat(view.solve.isEnabled()).isTrue();
	}

	@Test
	void aWeekPublishedWhileSolvingSaysItsDraftWasNotStored() {
		var job = PlanningService.weekJobId(comingMonday);
		planning.solveWeek(comingMonday, Duration.ofSeconds(1), status -> {
		});
		awaitDone();
		planning.solveWeek(comingMonday, Duration.ofMinutes(5), status -> {
		});
		await().pollInSameThread().until(() -> planning.status(job).orElseThrow().state() == JobState.SOLVING);
		var view = navigate(WeekPlanView.class);
		view.refresh();

		test(view.publish).click();
		var dialog = $(ConfirmDialog.class).single();
		ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));

		assertThat(planning.status(job).orElseThrow().state()).as("stopped before publishing returned")
				.isEqualTo(JobState.CANCELLED);
		assertThat(view.status.getText()).startsWith("Published")
				.endsWith("\n" + getTranslation("planning.view.publishedWhileSolving"));
		assertThat(view.stop.isEnabled()).isFalse();
	}

	/**
	 * The status, the shifts' reasons and the penalties name workers, members and requests, say durations in hours and
	 * the score in words: no id such as w2 or r3#1, no raw score.
	 */
	private static void assertReadsInWords(WeekPlanView view) {
		var panels = view.panels;
		var texts = new ArrayList<String>();
		texts.add(view.status.getText());
		panels.shifts.getGenericDataView().getItems().map(PlanRows.Row::reason).filter(Objects::nonNull)
				.forEach(texts::add);
		panels.setSelectedTab(panels.penaltiesTab);
		panels.penalties.getGenericDataView().getItems().map(PlanPanels.PenaltyRow::detail).forEach(texts::add);
		assertThat(texts).hasSizeGreaterThan(1).noneMatch(text -> ID.matcher(text).find())
				.noneMatch(text -> text.contains("hard/") || text.contains("medium/") || text.contains("soft"))
				.anyMatch(text -> text.contains("Salariée 1") || text.contains("Salarié 2"));
		assertThat(texts).as("durations in hours").noneMatch(text -> MINUTE_COUNT.matcher(text).find());
	}

	private void awaitDone() {
		await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> planning
				.status(PlanningService.weekJobId(comingMonday)).map(s -> s.state().finished()).orElse(false));
	}

	/** The spec's example problem moved to the week of {@code monday}: every date in it shifted by whole weeks. */
	static String exampleIn(LocalDate monday) throws Exception {
		return ExampleWeek.problemIn(monday);
	}

	private String getTranslation(String key) {
		return Translations.translate(key, Locale.ENGLISH);
	}

}
