package fr.mosaic.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
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

	@Autowired
	WhatIfAnalysisRepository repository;

	private LocalDate monday;

	@BeforeEach
	void importAndPlanTheDemoWeek() {
		monday = ComingDemoWeek.imported(dataSource, systemAccess, importer, clock);
		ComingDemoWeek.planned(planning, systemAccess, monday, 1);
	}

	@Test
	@WithMockUser(username = "simulations", roles = AppRoles.COORDINATOR)
	void aHiringScenarioRunsInTheBackgroundIsStoredAndLeavesTheWeeksPlanAsItWas() {
		var plan = planning.storedPlan(monday).orElseThrow().plan().shifts();

		var jobId = consolidation.startHiring(monday, 1, 1);

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
		assertThat(planning.storedPlan(monday).orElseThrow().plan().shifts()).as("the week's plan unchanged")
				.isEqualTo(plan);
		assertThat(consolidation.analyses(WhatIfKind.HIRING, monday.plusWeeks(1))).isEmpty();
	}

	@Test
	@WithMockUser(roles = AppRoles.COORDINATOR)
	void aWeekWithRequestsButNoStoredPlanIsRefusedBeforeQueuingNamingTheWeeksToPlanFirst() {
		// the two weeks before the coming one have requests, neither a plan; the coming one has its plan
		ComingDemoWeek.imported(dataSource, systemAccess, importer, clock, 3);
		ComingDemoWeek.planned(planning, systemAccess, monday, 1);

		assertThatThrownBy(() -> consolidation.startHiring(monday, 3, 1)).isInstanceOfSatisfying(
				UnplannedWeeksException.class,
				ex -> assertThat(ex.weeks()).containsExactly(monday.minusWeeks(2), monday.minusWeeks(1)));
		assertThatThrownBy(() -> consolidation.startAmendments(monday, 2)).isInstanceOf(UnplannedWeeksException.class);
		var member = consolidation.members(monday).getFirst().id();
		assertThatThrownBy(() -> consolidation.startDeparture(monday, 2, member, 100))
				.isInstanceOf(UnplannedWeeksException.class);
		for (var kind : WhatIfKind.values()) {
			assertThat(consolidation.analyses(kind, monday)).isEmpty();
		}
		assertThat(planning.storedPlan(monday.minusWeeks(1))).as("nothing planned by the what-if").isEmpty();
	}

	@Test
	@WithMockUser(roles = AppRoles.COORDINATOR)
	void anAmendmentsRunWithoutSuggestionStoresASubjectSayingSo() {
		var jobId = consolidation.startAmendments(monday, 1);

		var ended = awaitEnd(jobId);

		assertThat(ended.state()).as(String.valueOf(ended.error())).isEqualTo(JobState.SOLVED);
		var stored = consolidation.analysis(ended.analysisId()).orElseThrow();
		var result = (Amendments.Result) stored.result();
		assertThat(stored.subject()).isEqualTo(result.suggestions().isEmpty()
				? "aucun avenant"
				: result.suggestions().getFirst().worker() + " → " + result.suggestions().getFirst().member());
	}

	@Test
	@WithMockUser(roles = AppRoles.COORDINATOR)
	void aCancelledAnalysisStopsAndStoresNothing() {
		var jobId = consolidation.startAmendments(monday, 1);

		assertThat(consolidation.cancel(jobId)).isTrue();

		assertThat(awaitEnd(jobId).state()).isEqualTo(JobState.CANCELLED);
		assertThat(consolidation.analyses(WhatIfKind.AMENDMENTS, monday)).isEmpty();
		assertThat(consolidation.cancel("no-such-job")).isFalse();
	}

	@Test
	@WithMockUser(roles = AppRoles.COORDINATOR)
	void aDepartureOfAMemberNotInTheWeekOrOfNoShareIsRefusedWithWhatIsWrong() {
		var member = consolidation.members(monday).getFirst().id();

		assertThatThrownBy(() -> consolidation.startDeparture(monday, 1, "no-such-member", 100))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-member");
		assertThatThrownBy(() -> consolidation.startDeparture(monday, 1, member, 0))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share");
		assertThatThrownBy(() -> consolidation.startHiring(monday.plusDays(1), 1, 1))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Monday");
		assertThatThrownBy(() -> consolidation.startHiring(monday, 1, 4)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("hires");
	}

	@Test
	@WithMockUser(roles = AppRoles.COORDINATOR)
	void noneOrMoreThanFourWeeksOrARangeWithoutRequestsIsRefusedWithWhatIsWrong() {
		assertThatThrownBy(() -> consolidation.startAmendments(monday, 0)).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("weeks must be 1 to 4: 0");
		assertThatThrownBy(() -> consolidation.startHiring(monday, 5, 1)).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("weeks must be 1 to 4: 5");
		assertThatThrownBy(() -> consolidation.startAmendments(monday.plusWeeks(2), 2))
				.isInstanceOf(NoRequestsException.class).hasMessageContaining("no requests in the 2 weeks");
		assertThat(consolidation.analyses(WhatIfKind.AMENDMENTS, monday)).isEmpty();
	}

	@Test
	@WithMockUser(username = "simulations", roles = AppRoles.COORDINATOR)
	void aDepartureOverTheLastWeeksLeavesOutTheWeekWithoutRequestsAndSumsTheOthers() {
		monday = ComingDemoWeek.imported(dataSource, systemAccess, importer, clock, 2);
		ComingDemoWeek.planned(planning, systemAccess, monday, 2);
		var member = consolidation.members(monday).getFirst().id();
		var seen = new LinkedHashSet<String>();
		var weeksSeen = new ArrayList<Integer>();

		// the week two weeks back has no requests: two weeks are analysed
		var jobId = consolidation.startDeparture(monday, 3, member, 100);

		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).pollInSameThread().until(() -> {
			var job = consolidation.progress(jobId).orElseThrow();
			seen.add(job.week() + "/" + job.weeks());
			weeksSeen.add(job.week());
			return job.state().finished();
		});
		var ended = consolidation.progress(jobId).orElseThrow();
		assertThat(ended.state()).as(String.valueOf(ended.error())).isEqualTo(JobState.SOLVED);
		assertThat(ended.weeks()).isEqualTo(2);
		// each week's control and copy
		assertThat(ended.done()).isEqualTo(ended.total()).isEqualTo(4);
		assertThat(seen).contains("2/2");
		assertThat(weeksSeen).as("the week under way never goes back").isSorted();
		var stored = consolidation.analyses(WhatIfKind.DEPARTURE, monday).getFirst();
		assertThat(stored.weeks()).containsExactly(monday.minusWeeks(1), monday);
		var result = (Departure.Result) stored.result();
		assertThat(result.perWeek()).extracting(Departure.DepartureWeek::weekStart)
				.containsExactly(monday.minusWeeks(1), monday);
		assertThat(result.workers())
				.allSatisfy(cost -> assertThat(cost.droppedMinutes()).isEqualTo(cost.memberMinutes()));
		assertThat(result.workers().stream().mapToLong(Departure.WorkerCost::droppedMinutes).sum())
				.isEqualTo(result.perWeek().stream().mapToLong(Departure.DepartureWeek::droppedMinutes).sum());
		// before − the member's lost hours + those taken up = after, week by week and summed
		assertThat(result.perWeek())
				.allSatisfy(week -> assertThat(week.coveredBefore() - week.memberLostMinutes() + week.takenUpMinutes())
						.isEqualTo(week.coveredAfter()));
		assertThat(result.coveredBefore() - result.memberLostMinutes() + result.takenUpMinutes())
				.isEqualTo(result.coveredAfter());
		assertThat(result.takenUp().stream().mapToLong(Departure.TakenUp::minutes).sum())
				.isEqualTo(result.takenUpMinutes());
	}

	@Test
	@WithMockUser(roles = AppRoles.COORDINATOR)
	void anAnalysisStoredBeforeWeeksWereKeptReadsAsOneOfItsOwnWeek() {
		var hiring = save(WhatIfKind.HIRING, """
				{"requestedMinutes":6000,"coveredMinutes":5400,"hiresAsked":1,"scenarios":[{"hires":[{"profile":
				{"number":1,"skills":["s1"],"skillNames":["Ménage"],"contractMinutes":2100,"lat":45.7,"lon":4.8,
				"area":"Lyon 3e"},"workedMinutes":480}],"coveredMinutes":5880,"gainedMinutes":480,
				"membersServed":["Boulangerie"],"losses":[{"worker":"Alice","beforeMinutes":600,"afterMinutes":540,
				"contractMinutes":2100}]}]}""");
		var amendments = save(WhatIfKind.AMENDMENTS, """
				{"coveredMinutes":5400,"verified":1,"suggestions":[{"workerId":"w1","worker":"Alice","memberId":"m2",
				"member":"Boulangerie","gainedMinutes":120,"coveredMinutes":5520,"shifts":[{"request":"r1","index":0,
				"worker":"w1","start":"2026-11-24T08:00:00+01:00","minutes":120}],"plan":[{"request":"r1","index":0,
				"worker":"w1","start":"2026-11-24T08:00:00+01:00","minutes":120}]}]}""");
		var departure = save(WhatIfKind.DEPARTURE, """
				{"memberId":"m2","member":"Boulangerie","percent":100,"coveredBefore":5400,"coveredAfter":5000,
				"workers":[{"change":{"worker":"Alice","beforeMinutes":600,"afterMinutes":480,"contractMinutes":2100},
				"memberMinutes":120,"droppedMinutes":120}],"takenUp":[]}""");

		var hired = consolidation.analysis(hiring).orElseThrow();
		assertThat(hired.result().weeks()).isEmpty();
		assertThat(hired.weeks()).as("its own week").containsExactly(monday);
		var scenario = ((HiringScenarios.Result) hired.result()).scenarios().getFirst();
		assertThat(scenario.perWeek()).isEmpty();
		assertThat(scenario.hires().getFirst().contractMinutes()).as("one week's contract").isEqualTo(2100);
		assertThat(scenario.lostMinutes()).isEqualTo(60);
		var suggestion = ((Amendments.Result) consolidation.analysis(amendments).orElseThrow().result()).suggestions()
				.getFirst();
		assertThat(suggestion.gainedMinutes()).isEqualTo(120);
		assertThat(suggestion.shifts()).hasSize(1);
		assertThat(suggestion.perWeek()).isEmpty();
		var left = (Departure.Result) consolidation.analysis(departure).orElseThrow().result();
		assertThat(left.reshuffled()).isEmpty();
		assertThat(left.perWeek()).isEmpty();
		assertThat(left.workers().getFirst().leftMinutes()).isEqualTo(480);
	}

	// a result as the single-week what-ifs wrote it, its lines joined
	private long save(WhatIfKind kind, String result) {
		return Objects.requireNonNull(repository.save(new WhatIfAnalysis(kind, monday, "before weeks",
				LocalDateTime.now(clock), "coordinateur", 3, 10_000, result.replace("\n", ""))).getId());
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
		calls.put("hiring", () -> consolidation.startHiring(monday, 1, 1));
		calls.put("amendments", () -> consolidation.startAmendments(monday, 1));
		calls.put("departure", () -> consolidation.startDeparture(monday, 1, "m1", 100));
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
