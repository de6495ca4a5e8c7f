package fr.mosaic.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fr.mosaic.base.LabourLaw;
import fr.mosaic.base.TestClock;
import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.WallTime;
import fr.mosaic.planning.WeekPlanSolutionMapper;
import fr.mosaic.planning.WeekSolver;

/**
 * The three what-ifs on generated weeks, solved for real for a short while: a hire with the skill of a block of unmet
 * requests covers at least that block, an amendment applied covers what it announced when the week is solved again, and
 * a departure reports exactly what the member's requests gave each worker.
 */
class WhatIfAnalysesTest {

	private static final WeekSolver SOLVER = new WeekSolver(WeekSolver.solverFactoryFromClasspath(),
			new WeekPlanSolutionMapper());

	private static final Duration SOLVE_TIME = Duration.ofSeconds(2);

	private static final WhatIfSolve SOLVE = (copy, start) -> SOLVER.solve(copy, start, SOLVE_TIME, null, Locale.ROOT)
			.plan();

	private static final LocalDate MONDAY = LocalDate.now(TestClock.clock())
			.with(TemporalAdjusters.next(DayOfWeek.MONDAY));

	@Test
	void aHireWithTheSkillOfABlockOfUnmetRequestsCoversAtLeastThatBlock() {
		var generated = new ProblemGenerator().generate(ProblemSize.DEMO, MONDAY);
		// five 5 h shifts needing a skill nobody has: more unmet minutes than any other skill leaves
		var member = generated.members().getFirst();
		var block = Stream
				.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
				.map(day -> request("block-" + day, member, "what-if-block-skill", 300, day)).toList();
		var problem = withSkillAndRequests(generated, new ProblemDocument.Skill("what-if-block-skill", "Soudure"),
				block, generated.workers());
		var week = new SolvedWeek(problem, SOLVE.solve(problem, List.of()));
		assertThat(week.uncovered()).as("nobody has the block's skill")
				.filteredOn(shift -> shift.request().startsWith("block-")).hasSize(5);

		var result = HiringScenarios.of(week, 1, LabourLaw.FULL_TIME_WEEKLY_MINUTES, SOLVE, Progress.NONE);

		var scenario = result.scenarios().getFirst();
		var hire = scenario.hires().getFirst();
		assertThat(hire.profile().skills()).first().isEqualTo("what-if-block-skill");
		assertThat(hire.profile().skillNames()).first().isEqualTo("Soudure");
		assertThat(hire.profile().contractMinutes()).isEqualTo(LabourLaw.FULL_TIME_WEEKLY_MINUTES);
		// a second skill fills the contract the block leaves short: the home lies between both skills' sites
		assertThat(hire.profile().area()).isIn(
				problem.members().stream().flatMap(m -> m.sites().stream()).map(ProblemDocument.Site::name).toList());
		assertThat(hire.workedMinutes()).isGreaterThanOrEqualTo(5 * 300);
		// the rest of the week is solved again in 2 s, which may shift it by a few minutes either way
		assertThat(scenario.gainedMinutes()).isGreaterThan(0);
		assertThat(scenario.coveredMinutes()).isGreaterThan(week.coveredMinutes());
		assertThat(scenario.membersServed()).contains(member.name());
	}

	@Test
	void anAmendmentAppliedCoversWhatItAnnouncedWhenTheWeekIsSolvedAgain() {
		var generated = new ProblemGenerator().generate(ProblemSize.DEMO, MONDAY);
		// the only worker with a skill, whose contract leaves out the member asking for it; free all week, up to the
		// legal weekly maximum, so that the amendment has room to pay
		var worker = generated.workers().getFirst();
		var member = generated.members().reversed().stream()
				.filter(m -> !m.excludedWorkers().contains(worker.id()) && !worker.excludedMembers().contains(m.id()))
				.findFirst().orElseThrow();
		var skill = new ProblemDocument.Skill("what-if-amend-skill", "Taille de haies");
		var skilled = new ArrayList<String>(worker.skills());
		skilled.add(skill.id());
		var restricted = new ProblemDocument.Worker(worker.id(), worker.name(), worker.contractMinutes(),
				LabourLaw.MAX_WEEKLY_WORK_MINUTES, false, skilled, worker.home(), List.of(), List.of(),
				worker.preferredMembers(), worker.excludedMembers(), generated.members().stream()
						.map(ProblemDocument.Member::id).filter(id -> !id.equals(member.id())).toList(),
				MONDAY.minusMonths(1));
		var workers = Stream.concat(Stream.of(restricted), generated.workers().stream().skip(1)).toList();
		var block = List.of(request("hedge-1", member, skill.id(), 120, DayOfWeek.TUESDAY),
				request("hedge-2", member, skill.id(), 120, DayOfWeek.THURSDAY));
		var problem = withSkillAndRequests(generated, skill, block, workers);
		var week = new SolvedWeek(problem, SOLVE.solve(problem, List.of()));

		var result = Amendments.of(week, 3, SOLVE, Progress.NONE);

		var suggestion = result.suggestions().stream()
				.filter(s -> s.workerId().equals(worker.id()) && s.memberId().equals(member.id())).findFirst()
				.orElseThrow();
		assertThat(suggestion.gainedMinutes()).isPositive();
		assertThat(suggestion.coveredMinutes()).isGreaterThanOrEqualTo(week.coveredMinutes());
		assertThat(suggestion.shifts()).isNotEmpty()
				.allSatisfy(shift -> assertThat(shift.worker()).isEqualTo(worker.id()));
		// applied: the amended week solved again, from the plan that shows the suggestion, covers at least as much
		var amended = WeekCopies.withContractMember(problem, worker.id(), member.id());
		var shown = suggestion.plan().stream().map(placed -> new PlanDocument.Shift(placed.request(), placed.index(),
				placed.worker(), WallTime.parse(placed.start()), null, null, null)).toList();
		var again = new SolvedWeek(amended, SOLVER.solve(amended, shown, SOLVE_TIME, null, Locale.ROOT).plan());
		assertThat(again.coveredMinutes()).isGreaterThanOrEqualTo(suggestion.coveredMinutes());
		// the amended contract leaves that pair nothing more to suggest
		assertThat(Amendments.candidates(again))
				.noneMatch(c -> c.workerId().equals(worker.id()) && c.memberId().equals(member.id()));
	}

	@Test
	void aDepartureReportsExactlyWhatTheMembersRequestsGaveEachWorker() {
		var week = solvedDemoWeek();
		// the member with the most planned minutes
		var member = week.coveredByMember().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
				.getKey();
		var given = givenByWorker(week, member);

		var result = Departure.of(week, member, 100, SOLVE, Progress.NONE);

		Map<String, Long> reported = new TreeMap<>();
		result.workers().stream().filter(cost -> cost.memberMinutes() > 0)
				.forEach(cost -> reported.put(cost.change().worker(), cost.memberMinutes()));
		assertThat(reported).isEqualTo(given).isNotEmpty();
		assertThat(result.workers())
				.allSatisfy(cost -> assertThat(cost.droppedMinutes()).isEqualTo(cost.memberMinutes()));
		assertThat(result.coveredAfter()).as("the member's shifts are gone from the copy")
				.isLessThanOrEqualTo(HiringScenarios.requestedMinutes(week.problem())
						- given.values().stream().mapToLong(Long::longValue).sum());
		assertThat(result.takenUp()).noneMatch(taken -> taken.member().equals(week.memberName(member)));
	}

	@Test
	void aWorkerWithNoHoursAtTheMemberIsNeverReportedAsLosingHoursToItsDeparture() {
		var week = solvedDemoWeek();
		// the member with the fewest planned minutes: most workers had none there
		var member = week.coveredByMember().entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow()
				.getKey();
		var given = givenByWorker(week, member);
		var planned = week.workedMinutes();

		var result = Departure.of(week, member, 100, SOLVE, Progress.NONE);

		assertThat(result.workers()).as("only those who worked for the member")
				.allSatisfy(cost -> assertThat(given).containsEntry(cost.change().worker(), cost.droppedMinutes()))
				.hasSameSizeAs(given.keySet());
		assertThat(result.workers()).allSatisfy(cost -> {
			var id = week.problem().workers().stream().filter(w -> cost.change().worker().equals(w.name())).findFirst()
					.orElseThrow().id();
			assertThat(cost.change().beforeMinutes()).as("from the week's plan").isEqualTo(planned.get(id));
			assertThat(cost.leftMinutes()).isEqualTo(planned.get(id) - cost.droppedMinutes());
		});
		assertThat(result.reshuffled()).as("moved by planning again, not by the departure")
				.noneMatch(change -> given.containsKey(change.worker()))
				.allSatisfy(change -> assertThat(change.afterMinutes()).isNotEqualTo(change.beforeMinutes()));
	}

	@Test
	void aCutKeepsTheFirstShiftsOfEachRequestAndDropsThePinsOfTheOthers() {
		var problem = new ProblemGenerator().generate(ProblemSize.DEMO, MONDAY);
		var request = problem.requests().stream().filter(r -> r.count() >= 2).findFirst().orElseThrow();
		var pinned = new ProblemDocument(
				problem.weekStart(), problem.timeZone(), problem.travel(), problem.skills(), problem.members(),
				problem.workers(), problem.requests(), problem.history(), List.of(new ProblemDocument.Pin(request.id(),
						request.count() - 1, problem.workers().getFirst().id(), request.windows().getFirst().start())),
				problem.travelMinutes());

		var cut = WeekCopies.withRequestsCut(pinned, request.member(), 50);

		var kept = cut.requests().stream().filter(r -> r.id().equals(request.id())).findFirst().orElseThrow();
		assertThat(kept.count()).isEqualTo(request.count() - Math.round(request.count() / 2f));
		assertThat(cut.pinned()).isEmpty();
		assertThat(WeekCopies.withRequestsCut(pinned, request.member(), 100).requests())
				.noneMatch(r -> r.member().equals(request.member()));
		assertThat(problem.requests()).contains(request);
	}

	private static SolvedWeek solvedDemoWeek() {
		var problem = new ProblemGenerator().generate(ProblemSize.DEMO, MONDAY);
		return new SolvedWeek(problem, SOLVE.solve(problem, List.of()));
	}

	/** The minutes the member's requests give each worker in the week's plan, by worker name. */
	private static Map<String, Long> givenByWorker(SolvedWeek week, String member) {
		var requests = week.requests();
		Map<String, Long> given = new TreeMap<>();
		week.covered().stream().filter(shift -> requests.get(shift.request()).member().equals(member))
				.forEach(shift -> given.merge(week.workerName(shift.worker()),
						(long) requests.get(shift.request()).durationMinutes(), Long::sum));
		return given;
	}

	private static ProblemDocument.Request request(String id, ProblemDocument.Member member, String skill, int minutes,
			DayOfWeek day) {
		var date = MONDAY.with(TemporalAdjusters.nextOrSame(day));
		return new ProblemDocument.Request(id, member.id(), member.sites().getFirst().id(), skill, minutes, 1,
				List.of(new ProblemDocument.Window(date.atTime(7, 0), date.atTime(19, 0))), null, null, null);
	}

	private static ProblemDocument withSkillAndRequests(ProblemDocument problem, ProblemDocument.Skill skill,
			List<ProblemDocument.Request> added, List<ProblemDocument.Worker> workers) {
		return new ProblemDocument(problem.weekStart(), problem.timeZone(), problem.travel(),
				Stream.concat(problem.skills().stream(), Stream.of(skill)).toList(), problem.members(), workers,
				Stream.concat(problem.requests().stream(), added.stream()).toList(), problem.history(),
				problem.pinned(), problem.travelMinutes());
	}

}
