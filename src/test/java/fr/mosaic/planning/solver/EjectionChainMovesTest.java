package fr.mosaic.planning.solver;

import static fr.mosaic.planning.solver.PlanningFixtures.BOOKKEEPING;
import static fr.mosaic.planning.solver.PlanningFixtures.CALENDAR;
import static fr.mosaic.planning.solver.PlanningFixtures.MEMBER_A;
import static fr.mosaic.planning.solver.PlanningFixtures.MEMBER_B;
import static fr.mosaic.planning.solver.PlanningFixtures.MONDAY;
import static fr.mosaic.planning.solver.PlanningFixtures.SITE_A;
import static fr.mosaic.planning.solver.PlanningFixtures.SITE_B;
import static fr.mosaic.planning.solver.PlanningFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.planning.WeekPlanSolutionMapper;
import fr.mosaic.planning.WeekSolver;
import fr.mosaic.planning.model.MinuteInterval;
import fr.mosaic.planning.model.PlanningMember;
import fr.mosaic.planning.model.PlanningRequest;
import fr.mosaic.planning.model.PlanningSite;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;
import fr.mosaic.planning.validation.PlanValidator;

/**
 * Ejection chains on a week where the only better plan needs one: the uncovered shift has a single eligible worker,
 * busy at its only start with a shift that another worker could take, or that is worth fewer minutes.
 */
class EjectionChainMovesTest {

	private static final int MONDAY_NINE = at(MONDAY, 9, 0);

	private final PlanningWorker busy = PlanningWorker.builder("busy", 2100, CALENDAR).skills(Set.of(BOOKKEEPING))
			.build();

	private final PlanningWorker free = PlanningWorker.builder("free", 2100, CALENDAR).skills(Set.of(BOOKKEEPING))
			.build();

	// Monday 09:00–13:00 only, for the busy worker only.
	private final PlanningRequest onlyBusy = fixed("only-busy", MEMBER_A, SITE_A, false, List.of(busy));

	@Test
	void givesTheUncoveredShiftToTheBusyWorkerAndTheShiftInTheWayToAnother() {
		Chain chain = chainPast(fixed("either", MEMBER_B, SITE_B, false, List.of(busy, free)));

		assertThat(chain.changes()).containsExactly(
				new ShiftChangesMove.Change(chain.open(), null, MONDAY_NINE, busy, MONDAY_NINE),
				new ShiftChangesMove.Change(chain.inTheWay(), busy, MONDAY_NINE, free, MONDAY_NINE));
	}

	@Test
	void uncoversTheShiftInTheWayWhenItIsWorthFewerMinutes() {
		// An extra request's minute counts half a contracted one's, and no one else may take it.
		Chain chain = chainPast(fixed("extra", MEMBER_B, SITE_B, true, List.of(busy)));

		assertThat(chain.changes()).containsExactly(
				new ShiftChangesMove.Change(chain.open(), null, MONDAY_NINE, busy, MONDAY_NINE),
				new ShiftChangesMove.Change(chain.inTheWay(), busy, MONDAY_NINE, null, MONDAY_NINE));
	}

	@Test
	void neverUncoversMoreThanItCovers() {
		// Equal minutes: the chain may be offered, as a sideways step.
		assertThat(chainPast(fixed("contracted", MEMBER_B, SITE_B, false, List.of(busy))).changes()).hasSize(2);

		ShiftAssignment open = PlanningFixtures.uncovered(onlyBusy);
		PlanningRequest longer = new PlanningRequest("longer", MEMBER_B, SITE_B, BOOKKEEPING, 300,
				List.of(new MinuteInterval(at(MONDAY, 8, 0), at(MONDAY, 13, 0))), 30, false, false, CALENDAR);
		longer.setEligibleWorkers(List.of(busy));
		ShiftAssignment longerInTheWay = PlanningFixtures.shift(longer, busy, at(MONDAY, 8, 0));

		ShiftChangesMove none = firstMove(week(List.of(onlyBusy, longer), open, longerInTheWay));

		assertThat(none.changes()).isEmpty();
	}

	@Test
	void neverMovesAPinnedShift() {
		PlanningRequest either = fixed("either", MEMBER_B, SITE_B, false, List.of(busy, free));
		ShiftAssignment open = PlanningFixtures.uncovered(onlyBusy);
		ShiftAssignment pinned = PlanningFixtures.shift(either, busy, MONDAY_NINE);
		pinned.setPinned(true);

		ShiftChangesMove move = firstMove(week(List.of(onlyBusy, either), open, pinned));

		assertThat(move.changes()).isEmpty();
	}

	@Test
	void aSolveWithEjectionChainsAloneCoversTheWeekWithoutScoreCorruption() {
		PlanningRequest either = fixed("either", MEMBER_B, SITE_B, false, List.of(busy, free));
		ShiftAssignment open = PlanningFixtures.uncovered(onlyBusy);
		ShiftAssignment inTheWay = PlanningFixtures.shift(either, busy, MONDAY_NINE);
		SolverConfig config = PlanningFixtures.oneSecondOf(EjectionChainMoves.class);

		WeekPlanSolution solved = SolverFactory.<WeekPlanSolution>create(config).buildSolver()
				.solve(week(List.of(onlyBusy, either), open, inTheWay));

		assertThat(solved.getShifts()).extracting(ShiftAssignment::getWorker).containsExactly(busy, free);
		assertThat(solved.getScore()).isNotNull().matches(score -> score.isFeasible() && score.mediumScore() == 0,
				"feasible and covered");
	}

	@Test
	void theWeekSolverWithEjectionChainsKeepsItsScoreExact() {
		// FULL_ASSERT recomputes the score after every move and checks each undo: a wrong undo fails the solve.
		ProblemDocument problem = new ProblemGenerator().generate(ProblemSize.DEMO, LocalDate.of(2026, 11, 23));
		WeekPlanSolutionMapper mapper = new WeekPlanSolutionMapper();
		SolverConfig config = SolverConfig.createFromXmlResource(WeekSolver.SOLVER_CONFIG)
				.withEnvironmentMode(EnvironmentMode.FULL_ASSERT).withRandomSeed(3L)
				.withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(8)));

		WeekPlanSolution solved = SolverFactory.<WeekPlanSolution>create(config).buildSolver()
				.solve(mapper.toSolution(problem));

		assertThat(solved.getScore()).isNotNull().matches(score -> score.isFeasible(), "feasible");
		assertThat(new PlanValidator().validate(problem, mapper.toPlan(solved))).isEmpty();
	}

	// A four-hour request that may only start Monday at 09:00.
	private static PlanningRequest fixed(String id, PlanningMember member, PlanningSite site, boolean extra,
			List<PlanningWorker> eligible) {
		PlanningRequest request = new PlanningRequest(id, member, site, BOOKKEEPING, 240,
				List.of(new MinuteInterval(MONDAY_NINE, MONDAY_NINE + 240)), 30, false, extra, CALENDAR);
		request.setEligibleWorkers(eligible);
		return request;
	}

	private WeekPlanSolution week(List<PlanningRequest> requests, ShiftAssignment... shifts) {
		return new WeekPlanSolution(CALENDAR, List.of(SITE_A, SITE_B), List.of(MEMBER_A, MEMBER_B), List.of(busy, free),
				requests, List.of(shifts), ConstraintWeights.withOverrides(Map.of()));
	}

	// The first chain offered for the busy worker's open shift, with the blocking request's shift in its way.
	private Chain chainPast(PlanningRequest blocking) {
		ShiftAssignment open = PlanningFixtures.uncovered(onlyBusy);
		ShiftAssignment inTheWay = PlanningFixtures.shift(blocking, busy, MONDAY_NINE);
		return new Chain(open, inTheWay, firstMove(week(List.of(onlyBusy, blocking), open, inTheWay)).changes());
	}

	private record Chain(ShiftAssignment open, ShiftAssignment inTheWay, List<ShiftChangesMove.Change> changes) {
	}

	private static ShiftChangesMove firstMove(WeekPlanSolution week) {
		return new EjectionChainMoves.Chains(week, new Random(0)).next();
	}

}
