package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.AopTestUtils;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import fr.mosaic.DatabaseCleaner;
import fr.mosaic.planning.PlanningService.JobState;
import fr.mosaic.planning.model.WeekPlanSolution;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemExporter;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.PlanStore.StoredPlan;

/**
 * A week is solved from its stored draft, one solve at a time, and its draft is replaced only by a plan at least as
 * good: a stopped or short solve, or one whose plan is worse than a draft stored meanwhile, leaves the draft.
 */
@WithMockUser(roles = AppRoles.COORDINATOR)
@SpringBootTest
class LiveSolvingIT {

	static final LocalDate WEEK = LocalDate.of(2026, 11, 23);

	static final String JOB = PlanningService.weekJobId(WEEK);

	@Autowired
	PlanningService planning;

	@Autowired
	ProblemImporter importer;

	@Autowired
	ProblemExporter exporter;

	@Autowired
	PlanStore planStore;

	@Autowired
	WeekPlanSolutionMapper mapper;

	@Autowired
	SolutionManager<WeekPlanSolution, HardMediumSoftLongScore> solutionManager;

	@Autowired
	DataSource dataSource;

	StoredPlan draft;

	@BeforeEach
	void storeTheSmallWeekWithItsFeasibleDraft() throws Exception {
		DatabaseCleaner.clean(dataSource);
		ExampleWeek.storeWithDraft(importer, planStore);
		draft = planStore.find(WEEK).orElseThrow();
	}

	@AfterEach
	void stopAndForgetTheWeek() {
		planning.stop(JOB);
		await().pollInSameThread().atMost(Duration.ofSeconds(60))
				.until(() -> planning.status(JOB).map(status -> status.state().finished()).orElse(true));
		DatabaseCleaner.clean(dataSource);
	}

	@Test
	void aSecondSolveOfTheWeekIsRefusedWhileTheFirstRunsAndTheDraftStaysUntilItEnds() {
		planning.solveWeek(WEEK, Duration.ofMinutes(5), status -> {
		});
		// polled on the test's thread, which holds the coordinator's login
		await().pollInSameThread().atMost(Duration.ofSeconds(60))
				.until(() -> planning.status(JOB).orElseThrow().state() == JobState.SOLVING);

		var refused = catchThrowableOfType(IllegalStateException.class,
				() -> planning.solveWeek(WEEK, Duration.ofMinutes(5), status -> {
				}));

		assertThat(refused).isNotNull();
		assertThat(planning.status(JOB).orElseThrow().state()).as("the first solve goes on")
				.isEqualTo(JobState.SOLVING);
		assertThat(planStore.find(WEEK)).as("nothing is stored before the solve ends: a restart finds the draft")
				.contains(draft);
	}

	@Test
	void aStoppedSolveStartsFromTheDraftAndLeavesOneAtLeastAsGood() {
		var before = storedScore();
		planning.solveWeek(WEEK, Duration.ofMinutes(5), status -> {
		});
		await().pollInSameThread().atMost(Duration.ofSeconds(60))
				.until(() -> planning.status(JOB).orElseThrow().state() == JobState.SOLVING);

		planning.stop(JOB);

		await().pollInSameThread().atMost(Duration.ofSeconds(60))
				.until(() -> planning.status(JOB).orElseThrow().state().finished());
		var status = planning.status(JOB).orElseThrow();
		assertThat(status.state()).isEqualTo(JobState.CANCELLED);
		assertThat(HardMediumSoftLongScore.parseScore(status.score())).as("started from the draft")
				.isGreaterThanOrEqualTo(before);
		assertThat(storedScore()).isGreaterThanOrEqualTo(before);
		if (status.previousKept()) {
			assertThat(planStore.find(WEEK)).contains(draft);
		}
	}

	@Test
	void aWorsePlanLeavesTheBetterDraftStored() {
		var problem = exporter.exportWeek(WEEK);
		// every shift but the pinned one uncovered: what a solve stopped before it placed anything hands over
		var worse = mapper.toSolution(problem);
		worse.getShifts().stream().filter(shift -> !shift.isPinned())
				.forEach(shift -> shift.setStart(shift.getRequest().getAllowedStarts().getFirst()));
		solutionManager.update(worse);
		PlanningService service = AopTestUtils.getTargetObject(planning);

		assertThat(service.storeUnlessWorse(problem, PlanNames.of(problem), worse)).isFalse();

		assertThat(planStore.find(WEEK)).contains(draft);
	}

	private HardMediumSoftLongScore storedScore() {
		return planning.review(WEEK, Locale.ENGLISH).orElseThrow().explanation().score();
	}

}
