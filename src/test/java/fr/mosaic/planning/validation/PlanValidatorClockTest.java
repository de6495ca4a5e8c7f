package fr.mosaic.planning.validation;

import static fr.mosaic.planning.ClockChangeWeeks.FALL_BACK;
import static fr.mosaic.planning.ClockChangeWeeks.SPRING_FORWARD;
import static fr.mosaic.planning.ClockChangeWeeks.fridayNight;
import static fr.mosaic.planning.ClockChangeWeeks.plan;
import static fr.mosaic.planning.ClockChangeWeeks.problem;
import static fr.mosaic.planning.ClockChangeWeeks.request;
import static fr.mosaic.planning.ClockChangeWeeks.time;
import static fr.mosaic.planning.ClockChangeWeeks.window;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Pin;

/** The validator's own reading of the spec's time rules, in the weeks the clocks change. */
class PlanValidatorClockTest {

	private final PlanValidator validator = new PlanValidator();

	@Test
	void aShiftOf600MinutesFromMidnightWhenTheClocksGoBackEndsAt0900() {
		ProblemDocument problem = problem(FALL_BACK, List.of(),
				List.of(request("r1", 600, window("2026-10-25T00:00", "2026-10-25T12:00"))), List.of());

		assertThat(validator.validate(problem, plan(problem, "2026-10-25T00:00", "2026-10-25T09:00"))).isEmpty();
		assertThat(validator.validate(problem, plan(problem, "2026-10-25T00:00", "2026-10-25T10:00")))
				.extracting(Violation::toString)
				.containsExactly("WRONG_END worker w1 shift r1#0: end 2026-10-25T10:00 is not 600 min after the start "
						+ "2026-10-25T00:00");
	}

	@Test
	void aRestThatReads35HoursButLasts34IsNoWeeklyRest() {
		// Friday 20:00 to Sunday 07:00 across the hour the clocks skip; every other rest is shorter
		ProblemDocument problem = problem(SPRING_FORWARD, List.of(),
				List.of(request("mon", 240, window("2026-03-23T08:00", "2026-03-23T12:00")),
						request("tue", 240, window("2026-03-24T08:00", "2026-03-24T12:00")),
						request("wed", 240, window("2026-03-25T08:00", "2026-03-25T12:00")),
						request("thu", 240, window("2026-03-26T08:00", "2026-03-26T12:00")),
						request("fri", 240, window("2026-03-27T16:00", "2026-03-27T20:00")),
						request("sun", 240, window("2026-03-29T07:00", "2026-03-29T11:00"))),
				List.of());

		var violations = validator.validate(problem,
				plan(problem, "2026-03-23T08:00", "2026-03-23T12:00", "2026-03-24T08:00", "2026-03-24T12:00",
						"2026-03-25T08:00", "2026-03-25T12:00", "2026-03-26T08:00", "2026-03-26T12:00",
						"2026-03-27T16:00", "2026-03-27T20:00", "2026-03-29T07:00", "2026-03-29T11:00"));

		assertThat(violations).extracting(Violation::toString)
				.containsExactly("WEEKLY_REST worker w1: longest rest in the week is 2040 min, below 2100");
	}

	@Test
	void availabilityUpToMidnightJoinsTheNextDayFromMidnight() {
		ProblemDocument problem = problem(FALL_BACK, fridayNight(),
				List.of(request("night", 360, window("2026-10-23T19:00", "2026-10-24T05:00"))), List.of());

		assertThat(validator.validate(problem, plan(problem, "2026-10-23T22:00", "2026-10-24T04:00"))).isEmpty();
		assertThat(validator.validate(problem, plan(problem, "2026-10-23T19:30", "2026-10-24T01:30")))
				.extracting(Violation::rule).containsExactly(Rule.AVAILABILITY);
	}

	@Test
	void theTwoOccurrencesOfARepeatedTimeAreAnHourApartAndAForeignOffsetIsNoTime() {
		ProblemDocument problem = problem(FALL_BACK, List.of(),
				List.of(request("r1", 60, window("2026-10-25T00:00", "2026-10-25T06:00"))),
				List.of(new Pin("r1", 0, "w1", time("2026-10-25T02:30+01:00"))));

		assertThat(validator.validate(problem, plan(problem, "2026-10-25T02:30+01:00", "2026-10-25T03:30"))).isEmpty();
		assertThat(validator.validate(problem, plan(problem, "2026-10-25T02:30", "2026-10-25T02:30+01:00")))
				.extracting(Violation::rule).containsExactly(Rule.PIN_BROKEN);
		assertThat(validator.validate(problem, plan(problem, "2026-10-25T02:30+05:00", "2026-10-25T03:30")))
				.extracting(Violation::toString).containsExactly(
						"INVALID_TIME worker w1 shift r1#0: 2026-10-25T02:30+05:00 is not a time of the "
								+ "problem's zone",
						"PIN_BROKEN worker w1 shift r1#0: pinned to w1 at 2026-10-25T02:30+01:00 but "
								+ "planned w1 at 2026-10-25T02:30+05:00");
	}

}
