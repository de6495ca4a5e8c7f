package fr.mosaic.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import fr.mosaic.base.LabourLaw;
import fr.mosaic.base.TestClock;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.planning.WeekPlanSolutionMapper;
import fr.mosaic.planning.WeekSolver;

/**
 * The what-ifs' times on a generated group: the demo group in every build, briefly, or {@code -Dwhatif.size}'s (L for
 * the closing figures, with {@code -Dwhatif.planSeconds=30 -Dwhatif.copySeconds=3}), over the last
 * {@code -Dwhatif.weeks} weeks (1 by default, up to 4). Each week is first solved for {@code whatif.planSeconds}, as
 * its stored plan would be; each analysis then solves its copies for {@code whatif.copySeconds} (the application's
 * default is 3) and its elapsed time is printed, never asserted.
 */
class WhatIfTimesTest {

	private static final WeekSolver SOLVER = new WeekSolver(WeekSolver.solverFactoriesFromClasspath(),
			new WeekPlanSolutionMapper());

	@Test
	void timeEachAnalysis() {
		var size = ProblemSize.valueOf(System.getProperty("whatif.size", "DEMO"));
		int count = Integer.getInteger("whatif.weeks", 1);
		var last = WeekField.mondayOf(LocalDate.now(TestClock.clock()));
		var copyTime = Duration.ofSeconds(Long.getLong("whatif.copySeconds", 1));
		WhatIfSolve solve = (copy, start) -> SOLVER.solve(copy, start, copyTime, null, Locale.ROOT).plan();
		List<SolvedWeek> solved = new ArrayList<>();
		List<SolvedWeek> contracted = new ArrayList<>();
		for (int before = count - 1; before >= 0; before--) {
			var problem = new ProblemGenerator().generate(size, last.minusWeeks(before));
			var plan = SOLVER.solve(problem, List.of(), Duration.ofSeconds(Long.getLong("whatif.planSeconds", 3)), null,
					Locale.ROOT).plan();
			var week = new SolvedWeek(problem, plan);
			solved.add(week);
			// the larger generated groups name no members in contracts: every fourth worker's lists those of their plan
			contracted.add(new SolvedWeek(restricted(week), plan));
		}
		var weeks = new SolvedWeeks(solved);
		var member = weeks.last().coveredByMember().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
				.getKey();
		System.out.printf(
				"What-if times on %s (%d workers, %d requests a week) over %d weeks, copies solved %d s: plans cover %d"
						+ " of %d min%n",
				size, weeks.last().problem().workers().size(), weeks.last().problem().requests().size(), count,
				copyTime.toSeconds(), weeks.coveredMinutes(), weeks.requestedMinutes());
		var hiring = timed("hiring, 3 hires",
				() -> HiringScenarios.of(weeks, 3, LabourLaw.FULL_TIME_WEEKLY_MINUTES, solve, Progress.NONE));
		hiring.scenarios().forEach(s -> System.out.printf("  %d hires: +%d min, %d min lost by workers%n",
				s.hires().size(), s.gainedMinutes(), s.lostMinutes()));
		var amendments = timed("amendments, 5 verified",
				() -> Amendments.of(new SolvedWeeks(contracted), 5, solve, Progress.NONE));
		amendments.suggestions()
				.forEach(s -> System.out.printf("  %s -> %s: +%d min%n", s.worker(), s.member(), s.gainedMinutes()));
		var departure = timed("departure of the busiest member",
				() -> Departure.of(weeks, member, 100, solve, Progress.NONE));
		System.out.printf("  %d workers concerned, covered %d -> %d min%n", departure.workers().size(),
				departure.coveredBefore(), departure.coveredAfter());
		assertThat(hiring.scenarios()).isNotEmpty();
	}

	private static ProblemDocument restricted(SolvedWeek week) {
		var requests = week.requests();
		var workers = new ArrayList<ProblemDocument.Worker>();
		for (var worker : week.problem().workers()) {
			if (worker.contractMembers() != null || workers.size() % 4 != 1) {
				workers.add(worker);
				continue;
			}
			var members = week.covered().stream().filter(shift -> shift.worker().equals(worker.id()))
					.map(shift -> requests.get(shift.request()).member()).distinct().toList();
			workers.add(new ProblemDocument.Worker(worker.id(), worker.name(), worker.contractMinutes(),
					worker.maxMinutes(), worker.partTime(), worker.skills(), worker.home(), worker.availability(),
					worker.unavailable(), worker.preferredMembers(), worker.excludedMembers(),
					members.isEmpty() ? List.of(week.problem().members().getFirst().id()) : members, null));
		}
		return WeekCopies.withWorkers(week.problem(), workers);
	}

	private static <T> T timed(String what, Supplier<T> analysis) {
		long started = System.nanoTime();
		var result = analysis.get();
		System.out.printf("%s: %d ms%n", what, Duration.ofNanos(System.nanoTime() - started).toMillis());
		return result;
	}

}
