package fr.mosaic.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Div;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.base.TestClock;
import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.planning.ExampleWeek;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.Unavailability;
import fr.mosaic.worker.UnavailabilityDeclarations;
import fr.mosaic.worker.WorkerService;

/**
 * A published week stands as it was published: when the register changes under it (a worker's new leave), the board
 * marks the shifts that no longer fit and says so, rather than showing a new score; it offers no editing until it is
 * reopened. A period the worker declared is marked so, hatching their day on the board, and solving the week again
 * plans nothing in it.
 */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class PublishedWeekViewTest extends SpringBrowserlessTest {

	/** The coming week by the tests' clock: a worker declares only periods still to come. */
	static final LocalDate WEEK = WeekField.mondayOf(LocalDate.now(TestClock.clock())).plusWeeks(1);

	@Autowired
	ProblemImporter importer;

	@Autowired
	PlanningService planning;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	PlanStore planStore;

	@Autowired
	WorkerService workers;

	@Autowired
	UnavailabilityDeclarations declarations;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void publishTheExampleWeek() {
		DatabaseCleaner.clean(dataSource);
		ExampleWeek.publishSolvedIn(WEEK, importer, planning, weekPlans);
	}

	@Test
	void aNewLeaveMarksTheShiftsThatNoLongerFitWithoutRescoringThePublishedWeek() {
		var storedBefore = planStore.find(WEEK).orElseThrow();
		// Salariée 1 has the pinned Monday morning at the bakery: she falls ill on Monday
		var alice = workers.findByCode("w1").orElseThrow();
		var leave = new ArrayList<>(alice.getUnavailability());
		leave.add(new Unavailability(WEEK.atStartOfDay(), WEEK.plusDays(1).atStartOfDay(), "malade"));
		alice.setUnavailability(leave);
		workers.save(alice);

		var view = navigate(WeekPlanView.class);
		view.week.setValue(WEEK);
		view.refresh();

		assertThat(view.status.getText()).startsWith("Published — all legal rules kept when published")
				.contains("The register changed since publication: ");
		var monday = $(Div.class).from(view.panels.board).withAttribute("data-shift", "r1#0").single();
		assertThat(monday.hasClassName("breaks")).isTrue();
		assertThat(monday.getElement().getTextRecursively()).contains("No longer fits: ");
		assertThat(planStore.find(WEEK).orElseThrow().shifts()).as("the published plan is untouched")
				.isEqualTo(storedBefore.shifts());

		ComponentUtil.fireEvent(monday, new ClickEvent<>(monday));

		assertThat($(ShiftEditor.class).all()).as("a published week is corrected by reopening it").isEmpty();
	}

	@Test
	void theBoardMarksTheDeclaredDayAndSolvingKeepsTheWorkerOutOfIt() {
		var shifts = planStore.find(WEEK).orElseThrow().shifts();
		// a pinned shift stays whatever changes: the day must hold none of the worker's
		var shift = shifts.stream().filter(s -> s.worker() != null && !Boolean.TRUE.equals(s.pinned()))
				.filter(s -> shifts.stream().noneMatch(pinned -> Boolean.TRUE.equals(pinned.pinned())
						&& s.worker().equals(pinned.worker()) && startDay(s).equals(startDay(pinned))))
				.findFirst().orElseThrow();
		var workerCode = Objects.requireNonNull(shift.worker());
		var day = startDay(shift);
		declarations.declare(workers.findByCode(workerCode).orElseThrow().getId(), day.atStartOfDay(),
				day.plusDays(1).atStartOfDay(), "Rendez-vous médical");

		var view = navigate(WeekPlanView.class);
		view.week.setValue(WEEK);
		view.refresh();

		var key = shift.request() + "#" + shift.index();
		var block = $(Div.class).from(view.panels.board).withAttribute("data-shift", key).single();
		assertThat(block.hasClassName("breaks")).as("the published shift no longer fits").isTrue();
		var row = $(Div.class).from(view.panels.board).withAttribute("data-worker", workerCode).single();
		var days = row.getChildren().filter(cell -> cell.hasClassName("week-board-day")).map(Div.class::cast).toList();
		var dayIndex = (int) (day.toEpochDay() - WEEK.toEpochDay());
		assertThat(days).hasSize(7);
		for (var i = 0; i < 7; i++) {
			assertThat(days.get(i).hasClassName("declared")).as("day %d", i).isEqualTo(i == dayIndex);
		}
		assertThat(days.get(dayIndex).getElement().getAttribute("title"))
				.startsWith(message("planning.board.declared", "").strip());

		weekPlans.reopen(WEEK);
		planning.solveWeek(WEEK, Duration.ofSeconds(1), status -> {
		});
		await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(
				() -> planning.status(PlanningService.weekJobId(WEEK)).map(s -> s.state().finished()).orElse(false));

		assertThat(planStore.find(WEEK).orElseThrow().shifts()).filteredOn(s -> workerCode.equals(s.worker()))
				.extracting(PublishedWeekViewTest::startDay).doesNotContain(day);
	}

	private static LocalDate startDay(PlanDocument.Shift shift) {
		return Objects.requireNonNull(shift.start()).local().toLocalDate();
	}

	private static String message(String key, Object... args) {
		return Translations.translate(key, Locale.ENGLISH, args);
	}

}
