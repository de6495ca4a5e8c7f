package fr.mosaic.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.base.TestClock;
import fr.mosaic.benchmark.GreedyPlanner;
import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;

/**
 * How long the analyses take over four stored weeks of a generated group, each with the greedy planner's plan: the demo
 * group, or {@code -Danalysis.size}'s (L for the closing figures). Printed, never asserted: speed is read, not tested;
 * what is asserted is that every week is read and the progress reaches 1.
 */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class AnalysisTimesTest {

	private static final ProblemSize SIZE = ProblemSize.valueOf(System.getProperty("analysis.size", "DEMO"));

	private static final int WEEKS = 4;

	@Autowired
	ProblemImporter importer;

	@Autowired
	PlanStore planStore;

	@Autowired
	AnalysisService analyses;

	@Autowired
	DashboardService dashboard;

	@Autowired
	DataSource dataSource;

	@Test
	void timesOfTheAnalyses() {
		DatabaseCleaner.clean(dataSource);
		var first = LocalDate.now(TestClock.clock()).with(TemporalAdjusters.previous(DayOfWeek.MONDAY))
				.minusWeeks(WEEKS);
		for (var i = 0; i < WEEKS; i++) {
			var problem = new ProblemGenerator().generate(SIZE, first.plusWeeks(i));
			importer.importProblem(problem);
			planStore.storeDraft(new GreedyPlanner().plan(problem));
		}
		var last = first.plusWeeks(WEEKS - 1);
		List<Double> shares = new ArrayList<>();

		var started = System.nanoTime();
		var gap = analyses.skillsGap(first, last, shares::add).join();
		var gapMillis = (System.nanoTime() - started) / 1_000_000;
		started = System.nanoTime();
		var consolidation = analyses.consolidation(first, last, share -> {
		}).join();
		var consolidationMillis = (System.nanoTime() - started) / 1_000_000;

		started = System.nanoTime();
		var figures = dashboard.weeks(last, WEEKS - 1);
		var dashboardMillis = (System.nanoTime() - started) / 1_000_000;

		System.out.printf(
				"Analyses of %d %s weeks: skills gap %d ms, consolidation %d ms, dashboard %d ms (%d workers)%n", WEEKS,
				SIZE, gapMillis, consolidationMillis, dashboardMillis, consolidation.workers().size());
		assertThat(figures).allSatisfy(week -> assertThat(week.figures()).isNotNull());
		assertThat(gap.weeks()).hasSize(WEEKS);
		assertThat(consolidation.weeks()).hasSize(WEEKS);
		assertThat(shares).last().isEqualTo(1.0);
	}

}
