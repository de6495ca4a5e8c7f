package fr.mosaic.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.base.Translations;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.planning.ExampleWeek;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.UnavailabilityDeclarations;
import fr.mosaic.worker.WorkerService;

/**
 * A worker's declared unavailability as the coordinator meets it: the published week marks the shift that no longer
 * fits ("Ne tient plus") and hatches the worker's day on the board, and solving the week again plans nothing in it.
 */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class DeclaredUnavailabilityTest extends SpringBrowserlessTest {

	static final LocalDate WEEK = ExampleWeek.WEEK;

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
		ExampleWeek.publishSolved(importer, planning, weekPlans);
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
				.extracting(DeclaredUnavailabilityTest::startDay).doesNotContain(day);
	}

	private static LocalDate startDay(PlanDocument.Shift shift) {
		return Objects.requireNonNull(shift.start()).local().toLocalDate();
	}

	private static String message(String key, Object... args) {
		return Translations.translate(key, Locale.ENGLISH, args);
	}

}
