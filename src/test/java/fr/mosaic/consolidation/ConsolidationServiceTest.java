package fr.mosaic.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.planning.PlanningService;
import fr.mosaic.planning.PlanningService.JobState;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.transfer.ProblemImporter;

/**
 * The what-ifs on the demo group's coming week, through the service: run in the background, stored, the week's plan
 * left as it was; a cancel stores nothing; members and workers are refused every call.
 */
@SpringBootTest
class ConsolidationServiceTest {

	@Autowired
	ConsolidationService consolidation;

	@Autowired
	PlanningService planning;

	@Autowired
	ProblemImporter importer;

	@Autowired
	SystemAccess systemAccess;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	private LocalDate monday;

	@BeforeEach
	void importTheDemoWeek() {
		monday = ComingDemoWeek.imported(dataSource, systemAccess, importer, clock);
	}

	@Test
	@WithMockUser(username = "simulations", roles = AppRoles.COORDINATOR)
	void aHiringScenarioRunsInTheBackgroundIsStoredAndLeavesTheWeekUnplanned() {
		var jobId = consolidation.startHiring(monday, 1);

		var ended = awaitEnd(jobId);

		assertThat(ended.state()).as(String.valueOf(ended.error())).isEqualTo(JobState.SOLVED);
		// the control, then the one scenario
		assertThat(ended.done()).isEqualTo(ended.total()).isEqualTo(2);
		var stored = consolidation.analyses(WhatIfKind.HIRING, monday);
		assertThat(stored).singleElement().satisfies(analysis -> {
			assertThat(analysis.id()).isEqualTo(ended.analysisId());
			assertThat(analysis.createdBy()).isEqualTo("simulations");
			var result = (HiringScenarios.Result) analysis.result();
			assertThat(result.hiresAsked()).isEqualTo(1);
			assertThat(result.scenarios()).singleElement()
					.satisfies(scenario -> assertThat(scenario.gainedMinutes()).isNotNegative());
			assertThat(analysis.subject()).isEqualTo(
					String.join(" + ", result.scenarios().getFirst().hires().getFirst().profile().skillNames()));
		});
		assertThat(consolidation.analysis(ended.analysisId())).isPresent();
		assertThat(planning.exportPlan(monday, Locale.ROOT)).as("no plan stored for the week").isEmpty();
		assertThat(consolidation.analyses(WhatIfKind.HIRING, monday.plusWeeks(1))).isEmpty();
	}

	@Test
	@WithMockUser(roles = AppRoles.COORDINATOR)
	void aCancelledAnalysisStopsAndStoresNothing() {
		var jobId = consolidation.startAmendments(monday);

		assertThat(consolidation.cancel(jobId)).isTrue();

		assertThat(awaitEnd(jobId).state()).isEqualTo(JobState.CANCELLED);
		assertThat(consolidation.analyses(WhatIfKind.AMENDMENTS, monday)).isEmpty();
		assertThat(consolidation.cancel("no-such-job")).isFalse();
	}

	@Test
	@WithMockUser(roles = AppRoles.COORDINATOR)
	void aDepartureOfAMemberNotInTheWeekOrOfNoShareIsRefusedWithWhatIsWrong() {
		var member = consolidation.members(monday).getFirst().id();

		assertThatThrownBy(() -> consolidation.startDeparture(monday, "no-such-member", 100))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-member");
		assertThatThrownBy(() -> consolidation.startDeparture(monday, member, 0))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share");
		assertThatThrownBy(() -> consolidation.startHiring(monday.plusDays(1), 1))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Monday");
		assertThatThrownBy(() -> consolidation.startHiring(monday, 4)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("hires");
	}

	@Test
	@WithMockUser(roles = AppRoles.MEMBER)
	void aMemberIsRefusedEveryCall() {
		calls().forEach(
				(name, call) -> assertThatThrownBy(call::run).as(name).isInstanceOf(AccessDeniedException.class));
	}

	@Test
	@WithMockUser(roles = AppRoles.WORKER)
	void aWorkerIsRefusedEveryCall() {
		calls().forEach(
				(name, call) -> assertThatThrownBy(call::run).as(name).isInstanceOf(AccessDeniedException.class));
	}

	private Map<String, Runnable> calls() {
		var calls = new LinkedHashMap<String, Runnable>();
		calls.put("hiring", () -> consolidation.startHiring(monday, 1));
		calls.put("amendments", () -> consolidation.startAmendments(monday));
		calls.put("departure", () -> consolidation.startDeparture(monday, "m1", 100));
		calls.put("members", () -> consolidation.members(monday));
		calls.put("progress", () -> consolidation.progress("any"));
		calls.put("cancel", () -> consolidation.cancel("any"));
		calls.put("analyses", () -> consolidation.analyses(WhatIfKind.HIRING, monday));
		calls.put("analysis", () -> consolidation.analysis(1));
		return calls;
	}

	private AnalysisProgress awaitEnd(String jobId) {
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).pollInSameThread()
				.until(() -> consolidation.progress(jobId).orElseThrow().state().finished());
		return consolidation.progress(jobId).orElseThrow();
	}

}
