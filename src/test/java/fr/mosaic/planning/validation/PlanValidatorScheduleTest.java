package fr.mosaic.planning.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Availability;
import fr.mosaic.interchange.ProblemDocument.Member;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ProblemDocument.Site;
import fr.mosaic.interchange.ProblemDocument.Window;
import fr.mosaic.interchange.ProblemDocument.Worker;
import fr.mosaic.interchange.WallTime;

/** The rules over a worker's whole week, each broken by one worker's fixed shifts. */
class PlanValidatorScheduleTest {

	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	// two sites about 10 km apart: 20 min of travel
	private static final List<Site> SITES = List.of(new Site("a", "A", 45.75, 4.85), new Site("b", "B", 45.84, 4.85));

	@Test
	void cleanWeekHasNoViolation() {
		assertThat(rules(false, at(0, "08:00", 240, "a"), at(0, "13:00", 240, "b"), at(1, "08:00", 420, "a")))
				.isEmpty();
	}

	@Test
	void travelBetweenSitesMakesOverlap() {
		assertThat(rules(false, at(0, "08:00", 240, "a"), at(0, "12:10", 60, "b"))).contains(Rule.OVERLAP);
	}

	@Test
	void moreThanTenHoursADayIsReported() {
		assertThat(rules(false, at(0, "07:00", 300, "a"), at(0, "12:30", 300, "a"), at(0, "18:00", 60, "a")))
				.containsExactly(Rule.DAILY_MAX);
	}

	@Test
	void dutyPeriodOverThirteenHoursIsReported() {
		assertThat(rules(false, at(0, "07:00", 180, "a"), at(0, "20:00", 60, "a"))).containsExactly(Rule.DUTY_SPAN);
	}

	@Test
	void weekWithoutThirtyFiveHoursOfRestIsReported() {
		List<Shift> shifts = new ArrayList<>();
		for (int day = 0; day < 6; day++) {
			shifts.add(at(day, "10:00", 240, "a"));
		}
		assertThat(rules(false, shifts.toArray(Shift[]::new))).containsExactly(Rule.WEEKLY_REST);
	}

	@Test
	void sevenWorkingDaysAreReported() {
		List<Shift> shifts = new ArrayList<>();
		for (int day = 0; day < 7; day++) {
			shifts.add(at(day, "08:00", 120, "a"));
		}
		assertThat(rules(false, shifts.toArray(Shift[]::new))).contains(Rule.WORKING_DAYS);
	}

	@Test
	void sixHoursWithoutBreakAreReported() {
		assertThat(rules(false, at(0, "08:00", 180, "a"), at(0, "11:10", 200, "a"))).containsExactly(Rule.BREAK);
	}

	@Test
	void longSingleShiftNeedsNoBreakRule() {
		assertThat(rules(false, at(0, "08:00", 480, "a"))).isEmpty();
	}

	@Test
	void partTimeWorkerInterruptedTwiceIsReported() {
		assertThat(rules(true, at(0, "08:00", 60, "a"), at(0, "10:00", 60, "a"), at(0, "12:00", 60, "a")))
				.containsExactly(Rule.PART_TIME_INTERRUPTIONS);
		assertThat(rules(false, at(0, "08:00", 60, "a"), at(0, "10:00", 60, "a"), at(0, "12:00", 60, "a"))).isEmpty();
	}

	@Test
	void partTimeIdleOverTwoHoursIsReported() {
		assertThat(rules(true, at(0, "08:00", 120, "a"), at(0, "13:00", 120, "a")))
				.containsExactly(Rule.PART_TIME_LONG_IDLE);
	}

	@Test
	void partTimeIdleCountsTravelAsWork() {
		// 10:00 to 12:20 is 140 min, 20 of them travel: 120 idle is allowed
		assertThat(rules(true, at(0, "08:00", 120, "a"), at(0, "12:20", 60, "b"))).isEmpty();
	}

	@Test
	void adjacentAvailabilityEntriesJoin() {
		List<Availability> monday = List.of(new Availability(DayOfWeek.MONDAY, LocalTime.of(7, 0), LocalTime.of(12, 0)),
				new Availability(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(19, 0)));
		assertThat(rules(false, monday, at(0, "10:00", 240, "a"))).isEmpty();
		assertThat(rules(false, monday, at(0, "17:00", 180, "a"))).containsExactly(Rule.AVAILABILITY);
	}

	record Shift(int day, String start, int minutes, String site) {
	}

	private static Shift at(int day, String start, int minutes, String site) {
		return new Shift(day, start, minutes, site);
	}

	/** One worker, one fixed single-shift request per shift given. */
	private static List<Rule> rules(boolean partTime, Shift... shifts) {
		return rules(partTime, List.of(), shifts);
	}

	private static List<Rule> rules(boolean partTime, List<Availability> availability, Shift... shifts) {
		List<Request> requests = new ArrayList<>();
		List<PlanDocument.Shift> planned = new ArrayList<>();
		for (int i = 0; i < shifts.length; i++) {
			Shift s = shifts[i];
			LocalDateTime start = MONDAY.plusDays(s.day()).atTime(LocalTime.parse(s.start()));
			LocalDateTime end = start.plusMinutes(s.minutes());
			requests.add(new Request("r" + i, "m", s.site(), "k", s.minutes(), 1, List.of(new Window(start, end)), null,
					null, null));
			planned.add(new PlanDocument.Shift("r" + i, 0, "w", WallTime.of(start), WallTime.of(end), false, null));
		}
		Worker worker = new Worker("w", "W", partTime ? 1200 : 2100, 2880, partTime, List.of("k"), null, availability,
				null, null, null);
		ProblemDocument problem = new ProblemDocument(MONDAY, null, null, List.of(new ProblemDocument.Skill("k", "K")),
				List.of(new Member("m", "M", SITES, null)), List.of(worker), requests, null, null, null);
		PlanDocument plan = new PlanDocument(MONDAY, "n/a", true, planned, null, null);
		return PlanValidatorTest.rules(problem, plan);
	}

}
