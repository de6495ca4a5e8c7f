package fr.mosaic.planning.solver;

import static fr.mosaic.planning.solver.PlanningFixtures.A_LOVER;
import static fr.mosaic.planning.solver.PlanningFixtures.BOOKKEEPING;
import static fr.mosaic.planning.solver.PlanningFixtures.CALENDAR;
import static fr.mosaic.planning.solver.PlanningFixtures.MEMBER_A;
import static fr.mosaic.planning.solver.PlanningFixtures.MEMBER_B;
import static fr.mosaic.planning.solver.PlanningFixtures.MONDAY;
import static fr.mosaic.planning.solver.PlanningFixtures.SITE_A;
import static fr.mosaic.planning.solver.PlanningFixtures.SITE_B;
import static fr.mosaic.planning.solver.PlanningFixtures.TUESDAY;
import static fr.mosaic.planning.solver.PlanningFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import fr.mosaic.planning.model.MinuteInterval;
import fr.mosaic.planning.model.PlanningMember;
import fr.mosaic.planning.model.PlanningRequest;
import fr.mosaic.planning.model.PlanningSite;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;

/** Day swaps: two workers exchange every shift each starts on one day, at the same starts. */
class DaySwapMovesTest {

	private final PlanningWorker first = PlanningWorker.builder("first", 2100, CALENDAR).skills(Set.of(BOOKKEEPING))
			.build();

	private final PlanningWorker second = PlanningWorker.builder("second", 2100, CALENDAR).skills(Set.of(BOOKKEEPING))
			.build();

	@Test
	void swapsEveryShiftStartingOnTheDayAndNothingElse() {
		ShiftAssignment morning = shiftOf(request("morning", MONDAY, 9, first, second), first);
		ShiftAssignment afternoon = shiftOf(request("afternoon", MONDAY, 14, first, second), first);
		ShiftAssignment others = shiftOf(request("others", MONDAY, 9, first, second), second);
		ShiftAssignment tuesday = shiftOf(request("tuesday", TUESDAY, 9, first, second), first);

		ShiftChangesMove swap = DaySwapMoves.swap(List.of(morning, afternoon, others, tuesday), first, second, MONDAY);

		assertThat(swap).isNotNull();
		assertThat(swap.changes()).containsExactly(
				new ShiftChangesMove.Change(morning, first, morning.getStart(), second, morning.getStart()),
				new ShiftChangesMove.Change(afternoon, first, afternoon.getStart(), second, afternoon.getStart()),
				new ShiftChangesMove.Change(others, second, others.getStart(), first, others.getStart()));
	}

	@Test
	void givesTheWholeDayWhenTheOtherWorkerHasNone() {
		ShiftAssignment morning = shiftOf(request("morning", MONDAY, 9, first, second), first);

		ShiftChangesMove swap = DaySwapMoves.swap(List.of(morning), first, second, MONDAY);

		assertThat(swap).isNotNull();
		assertThat(swap.changes()).extracting(ShiftChangesMove.Change::toWorker).containsExactly(second);
	}

	@Test
	void offersNoSwapWhenAWorkerIsNotEligibleForAShiftItWouldTake() {
		ShiftAssignment morning = shiftOf(request("morning", MONDAY, 9, first, second), first);
		ShiftAssignment secondOnly = shiftOf(request("second-only", MONDAY, 14, second), second);

		assertThat(DaySwapMoves.swap(List.of(morning, secondOnly), first, second, MONDAY)).isNull();
	}

	@Test
	void neverMovesAPinnedShift() {
		ShiftAssignment morning = shiftOf(request("morning", MONDAY, 9, first, second), first);
		morning.setPinned(true);

		assertThat(DaySwapMoves.swap(List.of(morning), first, second, MONDAY)).isNull();
		assertThat(DaySwapMoves.draw(List.of(morning), new Random(0))).isNull();
	}

	@Test
	void drawsAWorkerWhoKnowsTheMemberMoreOftenThanAnyOther() {
		PlanningWorker known = PlanningWorker.builder("known", 2100, CALENDAR).skills(Set.of(BOOKKEEPING)).build();
		PlanningMember member = new PlanningMember("member-with-history", Set.of(), Map.of("known", 600));
		List<PlanningWorker> eligible = List.of(first, second, known);
		ShiftAssignment morning = shiftOf(request("morning", member, SITE_A, MONDAY, 9, eligible), first);
		Random random = new Random(0);

		Map<PlanningWorker, Long> takers = IntStream.range(0, 600)
				.mapToObj(draw -> DaySwapMoves.draw(List.of(morning), random)).filter(Objects::nonNull)
				.collect(Collectors.groupingBy(move -> move.changes().getFirst().toWorker(), Collectors.counting()));

		// a uniform draw would offer each as often; half the draws go to the known worker first
		assertThat(takers.keySet()).containsExactlyInAnyOrder(second, known);
		assertThat(takers.get(known)).isGreaterThan(2 * takers.get(second));
	}

	@Test
	void aSolveWithDaySwapsAloneGivesEachWorkerTheBetterDayWithoutScoreCorruption() {
		// The worker who prefers member A works for B at the time the other works for A: any single change of worker
		// overlaps two shifts, one day swap puts both right.
		PlanningWorker plain = PlanningWorker.builder("plain", 2100, CALENDAR).skills(Set.of(BOOKKEEPING)).build();
		PlanningRequest forA = request("for-a", MEMBER_A, SITE_A, MONDAY, 9, List.of(A_LOVER, plain));
		PlanningRequest forB = request("for-b", MEMBER_B, SITE_A, MONDAY, 9, List.of(A_LOVER, plain));
		WeekPlanSolution week = new WeekPlanSolution(CALENDAR, List.of(SITE_A, SITE_B), List.of(MEMBER_A, MEMBER_B),
				List.of(A_LOVER, plain), List.of(forA, forB),
				List.of(PlanningFixtures.shift(forA, plain, at(MONDAY, 9, 0)),
						PlanningFixtures.shift(forB, A_LOVER, at(MONDAY, 9, 0))),
				ConstraintWeights.withOverrides(Map.of()));
		SolverConfig config = PlanningFixtures.oneSecondOf(DaySwapMoves.class);

		WeekPlanSolution solved = SolverFactory.<WeekPlanSolution>create(config).buildSolver().solve(week);

		assertThat(solved.getShifts()).extracting(ShiftAssignment::getWorker).containsExactly(A_LOVER, plain);
		assertThat(solved.getScore()).isNotNull().matches(score -> score.isFeasible() && score.mediumScore() == 0,
				"feasible and covered");
	}

	private PlanningRequest request(String id, int day, int hour, PlanningWorker... eligible) {
		return request(id, MEMBER_A, SITE_A, day, hour, List.of(eligible));
	}

	// A four-hour request that may only start at the given hour of the day.
	private static PlanningRequest request(String id, PlanningMember member, PlanningSite site, int day, int hour,
			List<PlanningWorker> eligible) {
		int start = at(day, hour, 0);
		PlanningRequest request = new PlanningRequest(id, member, site, BOOKKEEPING, 240,
				List.of(new MinuteInterval(start, start + 240)), 30, false, false, CALENDAR);
		request.setEligibleWorkers(eligible);
		return request;
	}

	private static ShiftAssignment shiftOf(PlanningRequest request, PlanningWorker worker) {
		return PlanningFixtures.shift(request, worker, request.getAllowedStarts().getFirst());
	}

}
