package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.planning.validation.PlanValidator;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemExporter;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.WeekPlanService;

/** A stored week is solved in the background, its plan stored as the draft, exported and explained. */
@WithMockUser(roles = AppRoles.COORDINATOR)
@SpringBootTest
class PlanningServiceIT {

	static final LocalDate WEEK = LocalDate.of(2026, 11, 23);

	@Autowired
	PlanningService planning;

	@Autowired
	ProblemImporter importer;

	@Autowired
	ProblemExporter exporter;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	DataSource dataSource;

	@Test
	void solvesAStoredWeekAndStoresAValidDraft() throws Exception {
		DatabaseCleaner.clean(dataSource);
		importer.importJson(Files.readString(Path.of("docs/spec/examples/small-problem.json")));
		var done = new CompletableFuture<PlanningService.JobStatus>();

		var jobId = planning.solveWeek(WEEK, Duration.ofSeconds(2), status -> {
			if (status.state().finished()) {
				done.complete(status);
			}
		});

		assertThat(jobId).isEqualTo("mosaic-2026-W48");
		assertThat(done.get(60, TimeUnit.SECONDS).state()).isEqualTo(PlanningService.JobState.SOLVED);
		var stored = weekPlans.findByWeek(WEEK).orElseThrow();
		assertThat(stored.isFeasible()).isTrue();
		assertThat(stored.getShifts()).hasSize(8);

		var plan = planning.exportPlan(WEEK, Locale.ENGLISH).orElseThrow();
		var problem = exporter.exportWeek(WEEK);
		assertThat(new PlanValidator().validate(problem, plan)).isEmpty();
		assertThat(plan.shifts()).filteredOn(s -> s.request().equals("r1")).singleElement()
				.satisfies(pinned -> assertThat(pinned.worker()).isEqualTo("w1"));
		assertThat(new InterchangeJson().readPlan(new InterchangeJson().writePlan(plan))).isEqualTo(plan);

		var explanation = planning.review(WEEK, Locale.ENGLISH).orElseThrow().explanation();
		assertThat(explanation.score().isFeasible()).isTrue();
		assertThat(explanation.rules()).isNotEmpty();
	}

}
