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
import java.util.function.Function;
import java.util.stream.Collectors;
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
import fr.mosaic.planning.solver.ConstraintWeights;

/**
 * The three what-ifs on generated weeks, solved for real for a short while: a hire with the skill of a block of unmet
 * requests covers at least that block, an amendment applied covers what it announced when the week is solved again, and
 * a departure reports exactly what the member's requests gave each worker.
 */
class WhatIfAnalysesTest {

	private static final WeekSolver SOLVER = new WeekSolver(WeekSolver.solverFactoriesFromClasspath(),
			new WeekPlanSolutionMapper());

	private static final Duration SOLVE_TIME = Duration.ofSeconds(2);

	private static final WhatIfSolve SOLVE = (copy, start) -> SOLVER.solve(copy, start, SOLVE_TIME, null, Locale.ROOT)
			.plan();

	private static final LocalDate MONDAY = LocalDate.now(TestClock.clock())
			.with(TemporalAdjusters.next(DayOfWeek.MONDAY));

	@Test
	void aHireWithTheSkillOfABlockOfUnmetRequestsCoversAtLeastThatBlock() {
		var problem = withUnmetBlock(MONDAY);
		var week = solved(problem);
		assertThat(week.uncovered()).as("nobody has the block's skill")
				.filteredOn(shift -> shift.request().startsWith("block-")).hasSize(5);

		var result = HiringScenarios.of(SolvedWeeks.of(week), 1, LabourLaw.FULL_TIME_WEEKLY_MINUTES, SOLVE,
				Progress.NONE);

		var scenario = result.scenarios().getFirst();
		var hire = scenario.hires().getFirst();
		assertThat(hire.profile().skills()).first().isEqualTo("what-if-block-skill");
		assertThat(hire.profile().skillNames()).first().isEqualTo("Soudure");
		assertThat(hire.profile().contractMinutes()).isEqualTo(LabourLaw.FULL_TIME_WEEKLY_MINUTES);
		assertThat(hire.contractMinutes()).isEqualTo(LabourLaw.FULL_TIME_WEEKLY_MINUTES);
		// a second skill fills the contract the block leaves short: the home lies between both skills' sites
		// named by the member and the site: a site's name alone is shared by many members
		assertThat(hire.profile().area()).isIn(problem.members().stream()
				.flatMap(m -> m.sites().stream().map(site -> m.name() + " — " + site.name())).toList());
		assertThat(hire.workedMinutes()).isGreaterThanOrEqualTo(5 * 300);
		// the rest of the week is solved again in 2 s, which may shift it by a few minutes either way
		assertThat(scenario.gainedMinutes()).isGreaterThan(0);
		assertThat(scenario.coveredMinutes()).isGreaterThan(week.coveredMinutes());
		assertThat(scenario.membersServed()).contains(problem.members().getFirst().name());
		assertThat(result.weeks()).containsExactly(MONDAY);
		// the reference shown is the one the gain is measured against
		assertThat(result.coveredMinutes() + scenario.gainedMinutes()).isEqualTo(scenario.coveredMinutes());
	}

	@Test
	void overTwoWeeksTheSameHireCoversAtLeastTheUnmetBlockOfItsSkillInEach() {
		var weeks = new SolvedWeeks(
				List.of(solved(withUnmetBlock(MONDAY.minusWeeks(1))), solved(withUnmetBlock(MONDAY))));

		var result = HiringScenarios.of(weeks, 1, LabourLaw.FULL_TIME_WEEKLY_MINUTES, SOLVE, Progress.NONE);

		assertThat(result.weeks()).containsExactly(MONDAY.minusWeeks(1), MONDAY);
		assertThat(result.requestedMinutes()).isEqualTo(weeks.requestedMinutes());
		var scenario = result.scenarios().getFirst();
		var hire = scenario.hires().getFirst();
		assertThat(hire.profile().skills()).first().isEqualTo("what-if-block-skill");
		assertThat(hire.contractMinutes()).as("the contract over both weeks")
				.isEqualTo(2L * LabourLaw.FULL_TIME_WEEKLY_MINUTES);
		assertThat(scenario.perWeek()).extracting(HiringScenarios.ScenarioWeek::weekStart)
				.containsExactly(MONDAY.minusWeeks(1), MONDAY);
		assertThat(scenario.perWeek())
				.allSatisfy(week -> assertThat(week.hiredMinutes()).isGreaterThanOrEqualTo(5 * 300));
		assertThat(hire.workedMinutes())
				.isEqualTo(scenario.perWeek().stream().mapToLong(HiringScenarios.ScenarioWeek::hiredMinutes).sum());
		assertThat(scenario.gainedMinutes())
				.isEqualTo(scenario.perWeek().stream().mapToLong(HiringScenarios.ScenarioWeek::gainedMinutes).sum())
				.isPositive();
		assertThat(scenario.coveredMinutes())
				.isEqualTo(scenario.perWeek().stream().mapToLong(HiringScenarios.ScenarioWeek::coveredMinutes).sum());
		// reference + gain = covered, summed: the reference is the sum of the weeks' controls
		assertThat(result.coveredMinutes() + scenario.gainedMinutes()).isEqualTo(scenario.coveredMinutes());
		assertThat(result.coveredMinutes()).isEqualTo(
				scenario.perWeek().stream().mapToLong(week -> week.coveredMinutes() - week.gainedMinutes()).sum());
	}

	@Test
	void noScenarioIsShownWhoseExtraHireWorksNothing() {
		var week = allUncovered(withUnmetBlock(MONDAY));

		var result = HiringScenarios.of(SolvedWeeks.of(week), 3, LabourLaw.FULL_TIME_WEEKLY_MINUTES,
				onlyTheFirstHireWorks(false), Progress.NONE);

		assertThat(HiringScenarios.propose(SolvedWeeks.of(week), 3, LabourLaw.FULL_TIME_WEEKLY_MINUTES))
				.as("three profiles proposed").hasSize(3);
		assertThat(result.scenarios()).as("the second hire works nothing: no scenario with them").singleElement()
				.satisfies(scenario -> assertThat(scenario.hires().getFirst().workedMinutes()).isPositive());
		assertThat(result.nextHireAddsNothing()).isTrue();
	}

	@Test
	void noHireIsProposedAfterAScenarioThatLeavesNothingUnmet() {
		var week = allUncovered(withUnmetBlock(MONDAY));

		var result = HiringScenarios.of(SolvedWeeks.of(week), 3, LabourLaw.FULL_TIME_WEEKLY_MINUTES,
				onlyTheFirstHireWorks(true), Progress.NONE);

		assertThat(result.scenarios()).singleElement().satisfies(scenario -> assertThat(scenario.coveredMinutes())
				.isEqualTo(HiringScenarios.requestedMinutes(week.problem())));
		assertThat(result.nextHireAddsNothing()).isFalse();
	}

	@Test
	void anAmendmentAppliedCoversWhatItAnnouncedWhenTheWeekIsSolvedAgain() {
		var hedges = new Hedges(MONDAY);
		var week = solved(hedges.problem);

		var result = Amendments.of(SolvedWeeks.of(week), 3, SOLVE, Progress.NONE);

		var suggestion = hedges.suggestionIn(result);
		assertThat(suggestion.gainedMinutes()).isPositive();
		assertThat(suggestion.coveredMinutes()).isGreaterThanOrEqualTo(week.coveredMinutes());
		assertThat(suggestion.shifts()).isNotEmpty()
				.allSatisfy(shift -> assertThat(shift.worker()).isEqualTo(hedges.worker));
		// applied: the amended week solved again, from the plan that shows the suggestion, covers at least as much
		var shown = suggestion.perWeek().getFirst();
		var again = hedges.amendedAndSolvedAgain(shown.plan());
		assertThat(weightedCovered(again)).isGreaterThanOrEqualTo(weightedCovered(again.problem(), shown.plan()));
		assertThat(shown.coveredMinutes()).isEqualTo(suggestion.coveredMinutes());
		assertThat(result.coveredMinutes() + suggestion.gainedMinutes()).isEqualTo(suggestion.coveredMinutes());
		// the amended contract leaves that pair nothing more to suggest
		assertThat(Amendments.candidates(again))
				.noneMatch(c -> c.workerId().equals(hedges.worker) && c.memberId().equals(hedges.member));
	}

	@Test
	void overTwoWeeksAnAmendmentAppliedGivesTheGainAnnouncedWhenTheWeeksAreSolvedAgain() {
		var hedges = List.of(new Hedges(MONDAY.minusWeeks(1)), new Hedges(MONDAY));
		var weeks = new SolvedWeeks(hedges.stream().map(week -> solved(week.problem)).toList());

		var result = Amendments.of(weeks, 3, SOLVE, Progress.NONE);

		assertThat(result.weeks()).containsExactly(MONDAY.minusWeeks(1), MONDAY);
		var suggestion = hedges.getLast().suggestionIn(result);
		// reference + gain = covered, week by week and summed
		assertThat(result.coveredMinutes() + suggestion.gainedMinutes()).isEqualTo(suggestion.coveredMinutes());
		assertThat(result.coveredMinutes()).isEqualTo(
				suggestion.perWeek().stream().mapToLong(week -> week.coveredMinutes() - week.gainedMinutes()).sum());
		assertThat(suggestion.perWeek()).extracting(Amendments.SuggestionWeek::weekStart)
				.containsExactly(MONDAY.minusWeeks(1), MONDAY);
		assertThat(suggestion.gainedMinutes())
				.isEqualTo(suggestion.perWeek().stream().mapToLong(Amendments.SuggestionWeek::gainedMinutes).sum())
				.isPositive();
		assertThat(suggestion.shifts()).as("the worker's shifts with the member, in both weeks")
				.hasSize(suggestion.perWeek().stream().mapToInt(week -> week.shifts().size()).sum())
				.allSatisfy(shift -> assertThat(shift.worker()).isEqualTo(hedges.getLast().worker));
		// applied: each amended week solved again from the plan that shows it covers at least what that plan does, so
		// both weeks together keep the gain announced over the weeks' controls
		for (int i = 0; i < hedges.size(); i++) {
			var shown = suggestion.perWeek().get(i);
			var again = hedges.get(i).amendedAndSolvedAgain(shown.plan());
			assertThat(weightedCovered(again)).as(shown.weekStart().toString())
					.isGreaterThanOrEqualTo(weightedCovered(again.problem(), shown.plan()));
			assertThat(Amendments.candidates(again)).noneMatch(
					c -> c.workerId().equals(hedges.getLast().worker) && c.memberId().equals(hedges.getLast().member));
		}
	}

	@Test
	void aDepartureReportsExactlyWhatTheMembersRequestsGaveEachWorker() {
		var week = solvedDemoWeek();
		// the member with the most planned minutes
		var member = week.coveredByMember().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
				.getKey();
		var given = givenByWorker(week, member);

		var result = Departure.of(SolvedWeeks.of(week), member, 100, SOLVE, Progress.NONE);

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
		assertBalanced(result);
	}

	@Test
	void aWorkerWithNoHoursAtTheMemberIsNeverReportedAsLosingHoursToItsDeparture() {
		var week = solvedDemoWeek();
		// the member with the fewest planned minutes: most workers had none there
		var member = week.coveredByMember().entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow()
				.getKey();
		var given = givenByWorker(week, member);
		var planned = week.workedMinutes();

		var result = Departure.of(SolvedWeeks.of(week), member, 100, SOLVE, Progress.NONE);

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
	void overSeveralWeeksADepartureReportsEachWorkerTheSumOfWhatTheMembersRequestsGaveThemEachWeek() {
		// the demo group's week before, with a quarter of its requests fewer, and the coming one: two plans of one
		// group
		var earlier = new ProblemGenerator().generate(ProblemSize.DEMO, MONDAY.minusWeeks(1));
		var weeks = new SolvedWeeks(
				List.of(solved(withRequests(earlier, earlier.requests().subList(0, earlier.requests().size() * 3 / 4))),
						solvedDemoWeek()));
		var member = weeks.last().coveredByMember().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
				.getKey();
		Map<String, Long> given = new TreeMap<>();
		weeks.weeks().forEach(week -> givenByWorker(week, member)
				.forEach((worker, minutes) -> given.merge(worker, minutes, Long::sum)));
		List<String> heard = new ArrayList<>();
		var progress = new Progress() {

			@Override
			public void solved(int done, int total) {
				heard.add(done + "/" + total);
			}

			@Override
			public void week(int number, int count) {
				heard.add("week " + number + "/" + count);
			}

		};

		var result = Departure.of(weeks, member, 100, SOLVE, progress);

		Map<String, Long> reported = new TreeMap<>();
		result.workers().forEach(cost -> reported.put(cost.change().worker(), cost.memberMinutes()));
		assertThat(reported).isEqualTo(given).isNotEmpty();
		assertThat(result.workers())
				.allSatisfy(cost -> assertThat(cost.droppedMinutes()).isEqualTo(cost.memberMinutes()));
		// each worker's hours over both weeks, from the weeks' plans
		Map<String, Long> planned = new TreeMap<>();
		weeks.weeks().forEach(week -> week.workedMinutes()
				.forEach((worker, minutes) -> planned.merge(week.workerName(worker), minutes, Long::sum)));
		assertThat(result.workers()).allSatisfy(cost -> {
			assertThat(cost.change().beforeMinutes()).isEqualTo(planned.get(cost.change().worker()));
			assertThat(cost.leftMinutes()).isEqualTo(planned.get(cost.change().worker()) - cost.droppedMinutes());
		});
		assertThat(result.weeks()).containsExactly(MONDAY.minusWeeks(1), MONDAY);
		assertThat(result.perWeek()).extracting(Departure.DepartureWeek::droppedMinutes)
				.containsExactly(weeks.weeks().stream()
						.map(week -> givenByWorker(week, member).values().stream().mapToLong(Long::longValue).sum())
						.toArray(Long[]::new));
		assertThat(result.coveredBefore())
				.isEqualTo(result.perWeek().stream().mapToLong(Departure.DepartureWeek::coveredBefore).sum());
		assertThat(result.takenUp()).noneMatch(taken -> taken.member().equals(weeks.last().memberName(member)));
		assertBalanced(result);
		assertThat(heard).as("week by week, the solves counted over both").containsExactly("week 1/2", "1/4", "2/4",
				"week 2/2", "3/4", "4/4");
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

	/** Before − the member's lost hours + those taken up = after, week by week and summed; the list sums the latter. */
	private static void assertBalanced(Departure.Result result) {
		assertThat(result.perWeek()).isNotEmpty()
				.allSatisfy(week -> assertThat(week.coveredBefore() - week.memberLostMinutes() + week.takenUpMinutes())
						.as(week.weekStart().toString()).isEqualTo(week.coveredAfter()));
		assertThat(result.coveredBefore() - result.memberLostMinutes() + result.takenUpMinutes())
				.isEqualTo(result.coveredAfter());
		assertThat(result.memberLostMinutes())
				.isEqualTo(result.perWeek().stream().mapToLong(Departure.DepartureWeek::memberLostMinutes).sum());
		assertThat(result.takenUp().stream().mapToLong(Departure.TakenUp::minutes).sum())
				.isEqualTo(result.takenUpMinutes());
	}

	/** The week with a plan covering nothing. */
	private static SolvedWeek allUncovered(ProblemDocument problem) {
		return new SolvedWeek(problem, onlyTheFirstHireWorks(false).solve(problem, List.of()));
	}

	/**
	 * A stand-in for the solver: keeps the start's covered shifts and gives the first hire every other shift of their
	 * skills ({@code anySkill}: every other shift); any other hire gets none.
	 */
	private static WhatIfSolve onlyTheFirstHireWorks(boolean anySkill) {
		return (copy, start) -> {
			Map<String, PlanDocument.Shift> kept = new TreeMap<>();
			start.stream().filter(PlanDocument.Shift::covered)
					.forEach(shift -> kept.put(shift.request() + "#" + shift.index(), shift));
			var first = copy.workers().stream().filter(w -> w.id().equals(HiringScenarios.HIRE_ID + 1)).findFirst();
			List<PlanDocument.Shift> shifts = new ArrayList<>();
			for (var request : copy.requests()) {
				for (int i = 0; i < request.count(); i++) {
					var shift = kept.get(request.id() + "#" + i);
					if (shift == null && first.isPresent()
							&& (anySkill || first.get().skills().contains(request.skill()))) {
						shift = new PlanDocument.Shift(request.id(), i, first.get().id(),
								request.windows().getFirst().start(), null, null, null);
					}
					shifts.add(shift == null
							? new PlanDocument.Shift(request.id(), i, null, null, null, null, null)
							: shift);
				}
			}
			return new PlanDocument(copy.weekStart(), "", true, shifts, List.of(), List.of());
		};
	}

	private static SolvedWeek solvedDemoWeek() {
		return solved(new ProblemGenerator().generate(ProblemSize.DEMO, MONDAY));
	}

	private static SolvedWeek solved(ProblemDocument problem) {
		return new SolvedWeek(problem, SOLVE.solve(problem, List.of()));
	}

	/** The demo group's week with five 5 h shifts needing a skill nobody has: more unmet minutes than any other. */
	private static ProblemDocument withUnmetBlock(LocalDate monday) {
		var generated = new ProblemGenerator().generate(ProblemSize.DEMO, monday);
		var member = generated.members().getFirst();
		var block = Stream
				.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
				.map(day -> request(monday, "block-" + day, member, "what-if-block-skill", 300, day)).toList();
		return withSkillAndRequests(generated, new ProblemDocument.Skill("what-if-block-skill", "Soudure"), block,
				generated.workers());
	}

	/**
	 * The demo group's week where the only worker with a skill has a contract that leaves out the member asking for it
	 * twice; free all week, up to the legal weekly maximum, so that the amendment has room to pay.
	 */
	private static final class Hedges {

		final ProblemDocument problem;

		final String worker;

		final String member;

		Hedges(LocalDate monday) {
			var generated = new ProblemGenerator().generate(ProblemSize.DEMO, monday);
			var first = generated.workers().getFirst();
			var asking = generated.members().reversed().stream()
					.filter(m -> !m.excludedWorkers().contains(first.id()) && !first.excludedMembers().contains(m.id()))
					.findFirst().orElseThrow();
			var skill = new ProblemDocument.Skill("what-if-amend-skill", "Taille de haies");
			var skilled = new ArrayList<String>(first.skills());
			skilled.add(skill.id());
			var restricted = new ProblemDocument.Worker(first.id(), first.name(), first.contractMinutes(),
					LabourLaw.MAX_WEEKLY_WORK_MINUTES, false, skilled, first.home(), List.of(), List.of(),
					first.preferredMembers(), first.excludedMembers(), generated.members().stream()
							.map(ProblemDocument.Member::id).filter(id -> !id.equals(asking.id())).toList(),
					monday.minusMonths(1));
			var workers = Stream.concat(Stream.of(restricted), generated.workers().stream().skip(1)).toList();
			var block = List.of(request(monday, "hedge-1", asking, skill.id(), 120, DayOfWeek.TUESDAY),
					request(monday, "hedge-2", asking, skill.id(), 120, DayOfWeek.THURSDAY));
			problem = withSkillAndRequests(generated, skill, block, workers);
			worker = first.id();
			member = asking.id();
		}

		Amendments.Suggestion suggestionIn(Amendments.Result result) {
			return result.suggestions().stream().filter(s -> s.workerId().equals(worker) && s.memberId().equals(member))
					.findFirst().orElseThrow();
		}

		/** The week with the amendment, solved again from the plan that shows it. */
		SolvedWeek amendedAndSolvedAgain(List<SolvedWeek.Placed> plan) {
			var amended = WeekCopies.withContractMember(problem, worker, member);
			var start = plan.stream().map(placed -> new PlanDocument.Shift(placed.request(), placed.index(),
					placed.worker(), WallTime.parse(placed.start()), null, null, null)).toList();
			return new SolvedWeek(amended, SOLVER.solve(amended, start, SOLVE_TIME, null, Locale.ROOT).plan());
		}

	}

	/**
	 * The covered minutes as the solver weighs them, a contracted request's twice an extra one's: solving again never
	 * lowers them, while it may give up a few extra minutes for contracted ones, so that the plain minutes may drop.
	 */
	private static long weightedCovered(ProblemDocument problem, List<SolvedWeek.Placed> plan) {
		var requests = problem.requests().stream()
				.collect(Collectors.toMap(ProblemDocument.Request::id, Function.identity()));
		return plan.stream()
				.mapToLong(placed -> placed.minutes()
						* (requests.get(placed.request()).priority() == ProblemDocument.Priority.EXTRA
								? 1
								: ConstraintWeights.CONTRACTED_UNCOVERED_FACTOR))
				.sum();
	}

	private static long weightedCovered(SolvedWeek week) {
		return weightedCovered(week.problem(), week.placed());
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

	private static ProblemDocument.Request request(LocalDate monday, String id, ProblemDocument.Member member,
			String skill, int minutes, DayOfWeek day) {
		var date = monday.with(TemporalAdjusters.nextOrSame(day));
		return new ProblemDocument.Request(id, member.id(), member.sites().getFirst().id(), skill, minutes, 1,
				List.of(new ProblemDocument.Window(date.atTime(7, 0), date.atTime(19, 0))), null, null, null);
	}

	private static ProblemDocument withRequests(ProblemDocument problem, List<ProblemDocument.Request> requests) {
		return new ProblemDocument(problem.weekStart(), problem.timeZone(), problem.travel(), problem.skills(),
				problem.members(), problem.workers(), requests, problem.history(), problem.pinned(),
				problem.travelMinutes());
	}

	private static ProblemDocument withSkillAndRequests(ProblemDocument problem, ProblemDocument.Skill skill,
			List<ProblemDocument.Request> added, List<ProblemDocument.Worker> workers) {
		return new ProblemDocument(problem.weekStart(), problem.timeZone(), problem.travel(),
				Stream.concat(problem.skills().stream(), Stream.of(skill)).toList(), problem.members(), workers,
				Stream.concat(problem.requests().stream(), added.stream()).toList(), problem.history(),
				problem.pinned(), problem.travelMinutes());
	}

}
