package fr.mosaic.planning;

import static fr.mosaic.planning.ClockChangeWeeks.FALL_BACK;
import static fr.mosaic.planning.ClockChangeWeeks.SPRING_FORWARD;
import static fr.mosaic.planning.ClockChangeWeeks.fridayNight;
import static fr.mosaic.planning.ClockChangeWeeks.problem;
import static fr.mosaic.planning.ClockChangeWeeks.request;
import static fr.mosaic.planning.ClockChangeWeeks.time;
import static fr.mosaic.planning.ClockChangeWeeks.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument.Availability;
import fr.mosaic.interchange.ProblemDocument.Pin;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;
import fr.mosaic.planning.validation.PlanValidator;

/** The spec's time rules from a problem to the solver's minutes and back to a plan, in the weeks the clocks change. */
class ClockChangeMappingTest {

	private final WeekPlanSolutionMapper mapper = new WeekPlanSolutionMapper();

	@Test
	void aShiftOf600MinutesFromMidnightWhenTheClocksGoBackEndsAt0900AndCounts600ForTheDay() {
		WeekPlanSolution solution = mapper.toSolution(problem(FALL_BACK, List.of(),
				List.of(request("r1", 600, window("2026-10-25T00:00", "2026-10-25T12:00"))),
				List.of(new Pin("r1", 0, "w1", time("2026-10-25T00:00")))));
		ShiftAssignment shift = solution.getShifts().getFirst();

		PlanDocument plan = mapper.toPlan(solution);

		assertThat(plan.shifts().getFirst().start()).hasToString("2026-10-25T00:00");
		assertThat(plan.shifts().getFirst().end()).hasToString("2026-10-25T09:00");
		assertThat(solution.getCalendar().minutesOnDay(shift.startMinute(), shift.endMinute(), 6)).isEqualTo(600);
		assertThat(plan.workers()).containsExactly(new PlanDocument.WorkerSummary("w1", 600, 0, 1));
		// 00:00 to 12:00 that night is 780 elapsed minutes: starts every 30 minutes for 180 of them
		assertThat(shift.getStartRange()).hasSize(7);
	}

	@Test
	void noAllowedStartFallsInTheHourTheClocksSkip() {
		WeekPlanSolution solution = mapper.toSolution(problem(SPRING_FORWARD, List.of(),
				List.of(request("r1", 60, window("2026-03-29T01:00", "2026-03-29T06:00"))), List.of()));

		assertThat(solution.getShifts().getFirst().getStartRange())
				.extracting(minute -> solution.getCalendar().timeOf(minute).toLocalTime().toString())
				.containsExactly("01:00", "01:30", "03:00", "03:30", "04:00", "04:30", "05:00");
	}

	@Test
	void aWindowStartingAtATimeTheClocksSkipIsRefusedWithItsField() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> mapper.toSolution(problem(SPRING_FORWARD, List.of(),
						List.of(request("r1", 60, window("2026-03-29T02:30", "2026-03-29T06:00"))), List.of())))
				.withMessage("requests[0].windows[0].start: 2026-03-29T02:30 does not exist in Europe/Paris");
	}

	@Test
	void aPlanWritesATimeTheClocksRepeatWithItsOffsetAndOnlyThatOne() {
		WeekPlanSolution solution = mapper.toSolution(problem(FALL_BACK, List.of(),
				List.of(request("first", 60, window("2026-10-25T00:00", "2026-10-25T06:00")),
						request("second", 60, window("2026-10-25T00:00", "2026-10-25T06:00")),
						request("plain", 60, window("2026-10-25T00:00", "2026-10-25T06:00"))),
				List.of(new Pin("first", 0, "w1", time("2026-10-25T02:30")),
						new Pin("second", 0, "w1", time("2026-10-25T02:30+01:00")),
						new Pin("plain", 0, "w1", time("2026-10-25T04:00")))));

		List<PlanDocument.Shift> shifts = mapper.toPlan(solution).shifts();

		assertThat(shifts).extracting(s -> s.start() + " " + s.end()).containsExactly(
				"2026-10-25T02:30+02:00 2026-10-25T02:30+01:00", "2026-10-25T02:30+01:00 2026-10-25T03:30",
				"2026-10-25T04:00 2026-10-25T05:00");
		assertThat(new InterchangeJson().writePlan(mapper.toPlan(solution)))
				.contains("\"start\": \"2026-10-25T02:30+01:00\"", "\"end\": \"2026-10-25T03:30\"");
	}

	@Test
	void availabilityUpToMidnightJoinsTheNextDayFromMidnight() {
		WeekPlanSolution solution = mapper.toSolution(problem(FALL_BACK, fridayNight(),
				List.of(request("night", 360, window("2026-10-23T22:00", "2026-10-24T04:00"))), List.of()));
		PlanningWorker worker = solution.getWorkers().getFirst();
		int fridayAt22 = solution.getShifts().getFirst().getStartRange().getFirst();

		assertThat(worker.unavailableMinutes(fridayAt22, fridayAt22 + 360)).isZero();
		assertThat(worker.unavailableMinutes(fridayAt22 - 180, fridayAt22 + 360)).isEqualTo(60);
		assertThat(solution.getRequests().getFirst().getEligibleWorkers()).containsExactly(worker);
	}

	@Test
	void aSundayWhenTheClocksGoBackIsAvailableForAll1500Minutes() {
		WeekPlanSolution solution = mapper.toSolution(
				problem(FALL_BACK, List.of(new Availability(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)),
						List.of(request("r1", 60, window("2026-10-25T08:00", "2026-10-25T09:00"))), List.of()));
		PlanningWorker worker = solution.getWorkers().getFirst();
		int sunday = solution.getCalendar().dayStart(6);

		assertThat(worker.unavailableMinutes(sunday, sunday + 1_500)).isZero();
		assertThat(worker.unavailableMinutes(sunday - 1, sunday + 1_501)).isEqualTo(2);
	}

	@Test
	void solvingAWeekTheClocksChangeInGivesAPlanTheValidatorAccepts() {
		var problem = problem(FALL_BACK, List.of(),
				List.of(request("night", 600, window("2026-10-24T20:00", "2026-10-25T08:00")),
						request("morning", 240, window("2026-10-23T06:00", "2026-10-23T12:00"))),
				List.of());
		WeekSolver solver = new WeekSolver(WeekSolver.solverFactoriesFromClasspath(), mapper);

		PlanDocument plan = solver.solve(problem, Duration.ofSeconds(2)).plan();

		assertThat(plan.shifts()).allMatch(PlanDocument.Shift::covered);
		assertThat(new PlanValidator().validate(problem, plan)).isEmpty();
	}

}
