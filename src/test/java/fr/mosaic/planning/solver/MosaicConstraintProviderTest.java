package fr.mosaic.planning.solver;

import static fr.mosaic.planning.solver.PlanningFixtures.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import fr.mosaic.planning.model.MinuteInterval;
import fr.mosaic.planning.model.PlanningRequest;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;
import fr.mosaic.planning.solver.justification.AvailabilityJustification;
import fr.mosaic.planning.solver.justification.BreakJustification;
import fr.mosaic.planning.solver.justification.DailyWorkJustification;
import fr.mosaic.planning.solver.justification.DistinctDaysJustification;
import fr.mosaic.planning.solver.justification.DutyPeriodJustification;
import fr.mosaic.planning.solver.justification.MutualExclusionJustification;
import fr.mosaic.planning.solver.justification.OutsideContractJustification;
import fr.mosaic.planning.solver.justification.OutsideContractPlaceJustification;
import fr.mosaic.planning.solver.justification.OverlapJustification;
import fr.mosaic.planning.solver.justification.PartTimeInterruptionJustification;
import fr.mosaic.planning.solver.justification.RequiredSkillJustification;
import fr.mosaic.planning.solver.justification.StartInsideWindowsJustification;
import fr.mosaic.planning.solver.justification.WeeklyMaximumJustification;
import fr.mosaic.planning.solver.justification.WeeklyRestJustification;
import fr.mosaic.planning.solver.justification.WorkingDaysJustification;

/**
 * One test per hard rule of {@link MosaicConstraintProvider}, each checking the penalty and the justification that
 * explains it; medium and soft rules are in the soft test.
 */
class MosaicConstraintProviderTest {

	static final ConstraintVerifier<MosaicConstraintProvider, WeekPlanSolution> VERIFIER = ConstraintVerifier
			.build(new MosaicConstraintProvider(), WeekPlanSolution.class, ShiftAssignment.class);

	static final int MONDAY_MORNING = at(MONDAY, 8, 0);

	static final int SATURDAY = 5;

	static final int SUNDAY = 6;

	static final PlanningWorker SPRING_WORKER = fullTimeWorkerOf(SPRING_FORWARD);

	static final PlanningWorker AUTUMN_WORKER = fullTimeWorkerOf(FALL_BACK);

	@Test
	void requiredSkill() {
		ShiftAssignment withoutSkill = shift(GREENS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING);
		VERIFIER.verifyThat(MosaicConstraintProvider::requiredSkill).given(withoutSkill).justifiesWithExactly(
				new RequiredSkillJustification("full-time", "member-a", withoutSkill.getId(), MONDAY, 240, GREENS))
				.penalizesBy(240);
		VERIFIER.verifyThat(MosaicConstraintProvider::requiredSkill)
				.given(shift(GREENS_AT_A, PART_TIME_WORKER, MONDAY_MORNING),
						shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING))
				.penalizesBy(0);
	}

	@Test
	void mutualExclusion() {
		ShiftAssignment excludedByMember = shift(FOUR_HOURS_AT_A, EXCLUDED_WORKER, MONDAY_MORNING);
		ShiftAssignment excludedByWorker = shift(FOUR_HOURS_AT_B, EXCLUDED_WORKER, at(TUESDAY, 8, 0));
		VERIFIER.verifyThat(MosaicConstraintProvider::mutualExclusion).given(excludedByMember, excludedByWorker)
				.justifiesWithExactly(
						new MutualExclusionJustification("excluded", "member-a", excludedByMember.getId(), MONDAY, 240,
								true),
						new MutualExclusionJustification("excluded", "member-b", excludedByWorker.getId(), TUESDAY, 240,
								false))
				.penalizesBy(480);
		VERIFIER.verifyThat(MosaicConstraintProvider::mutualExclusion)
				.given(shift(FOUR_HOURS_AT_B, FULL_TIME_WORKER, MONDAY_MORNING)).penalizesBy(0);
	}

	@Test
	void memberInContract() {
		ShiftAssignment outsideContract = shift(FOUR_HOURS_AT_A, CONTRACTED_TO_B, MONDAY_MORNING);
		VERIFIER.verifyThat(MosaicConstraintProvider::memberInContract).given(outsideContract).justifiesWithExactly(
				new OutsideContractJustification("contracted-to-b", "member-a", outsideContract.getId(), MONDAY, 240))
				.penalizesBy(240);
		// a contract naming the member, and one naming no member at all, allow the shift
		VERIFIER.verifyThat(MosaicConstraintProvider::memberInContract)
				.given(shift(FOUR_HOURS_AT_B, CONTRACTED_TO_B, MONDAY_MORNING),
						shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING))
				.penalizesBy(0);
	}

	@Test
	void placeOfWorkInContract() {
		ShiftAssignment outsidePlace = shift(FOUR_HOURS_AT_A, CONTRACTED_AT_SITE_B, MONDAY_MORNING);
		VERIFIER.verifyThat(MosaicConstraintProvider::placeOfWorkInContract).given(outsidePlace)
				.justifiesWithExactly(new OutsideContractPlaceJustification("contracted-at-b-site", "member-a",
						"a-site", outsidePlace.getId(), MONDAY, 240))
				.penalizesBy(240);
		// a contract naming the site, and one naming no site at all, allow the shift; the member rule is another's
		VERIFIER.verifyThat(MosaicConstraintProvider::placeOfWorkInContract)
				.given(shift(FOUR_HOURS_AT_B, CONTRACTED_AT_SITE_B, MONDAY_MORNING),
						shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, at(TUESDAY, 8, 0)),
						shift(FOUR_HOURS_AT_A, CONTRACTED_TO_B, at(WEDNESDAY, 8, 0)))
				.penalizesBy(0);
	}

	@Test
	void availability() {
		ShiftAssignment endsAfterAvailability = shift(FOUR_HOURS_AT_A, PART_TIME_WORKER, at(MONDAY, 16, 0));
		ShiftAssignment onLeave = shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, at(WEDNESDAY, 8, 0));
		VERIFIER.verifyThat(MosaicConstraintProvider::availability).given(endsAfterAvailability, onLeave)
				.justifiesWithExactly(
						new AvailabilityJustification("part-time", "member-a", endsAfterAvailability.getId(), MONDAY,
								120),
						new AvailabilityJustification("full-time", "member-a", onLeave.getId(), WEDNESDAY, 240))
				.penalizesBy(120 + 240);
		VERIFIER.verifyThat(MosaicConstraintProvider::availability)
				.given(shift(FOUR_HOURS_AT_A, PART_TIME_WORKER, MONDAY_MORNING),
						shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, at(TUESDAY, 8, 0)))
				.penalizesBy(0);
	}

	@Test
	void noOverlapIncludingTravel() {
		ShiftAssignment morningAtA = shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING);
		ShiftAssignment noonAtB = shift(FOUR_HOURS_AT_B, FULL_TIME_WORKER, at(MONDAY, 12, 0));
		VERIFIER.verifyThat(MosaicConstraintProvider::noOverlapIncludingTravel).given(morningAtA, noonAtB)
				.justifiesWithExactly(
						new OverlapJustification("full-time", MONDAY, ids(morningAtA, noonAtB), TRAVEL_A_TO_B))
				.penalizesBy(TRAVEL_A_TO_B);
		VERIFIER.verifyThat(MosaicConstraintProvider::noOverlapIncludingTravel)
				.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING),
						shift(FOUR_HOURS_AT_B, FULL_TIME_WORKER, at(MONDAY, 12, 30)))
				.penalizesBy(0);
	}

	@Test
	void dailyWorkOf10Hours() {
		// 240 + 30 travel + 360 = 630 minutes on Monday.
		ShiftAssignment morning = shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING);
		ShiftAssignment afternoon = shift(SIX_HOURS_AT_B, FULL_TIME_WORKER, at(MONDAY, 12, 30));
		VERIFIER.verifyThat(MosaicConstraintProvider::dailyWorkOf10Hours).given(morning, afternoon)
				.justifiesWithExactly(new DailyWorkJustification("full-time", MONDAY, ids(morning, afternoon), 30))
				.penalizesBy(30);
		VERIFIER.verifyThat(MosaicConstraintProvider::dailyWorkOf10Hours)
				.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING),
						shift(FOUR_HOURS_AT_B, FULL_TIME_WORKER, at(MONDAY, 12, 30)))
				.penalizesBy(0);
		// Sunday 2026-10-25, clocks back: 600 minutes from 00:00 end at 09:00 and count 600, not 660.
		VERIFIER.verifyThat(MosaicConstraintProvider::dailyWorkOf10Hours)
				.given(shift(requestOf(FALL_BACK, 600), AUTUMN_WORKER, at(FALL_BACK, SUNDAY, 0, 0))).penalizesBy(0);
		// Sunday 2026-03-29, clocks forward: 00:00 to 07:00 is 360 minutes of work, 240 more make 600.
		VERIFIER.verifyThat(MosaicConstraintProvider::dailyWorkOf10Hours)
				.given(shift(requestOf(SPRING_FORWARD, 600), SPRING_WORKER, at(SPRING_FORWARD, SATURDAY, 20, 0)),
						shift(requestOf(SPRING_FORWARD, 240), SPRING_WORKER, at(SPRING_FORWARD, SUNDAY, 10, 0)))
				.penalizesBy(0);
	}

	@Test
	void weeklyMaximum() {
		// The small contract's maximum is 600 minutes.
		VERIFIER.verifyThat(MosaicConstraintProvider::weeklyMaximum).given(mornings(SMALL_CONTRACT_WORKER, 3))
				.justifiesWithExactly(new WeeklyMaximumJustification("small-contract", 720, 600, 120)).penalizesBy(120);
		VERIFIER.verifyThat(MosaicConstraintProvider::weeklyMaximum).given(mornings(SMALL_CONTRACT_WORKER, 2))
				.penalizesBy(0);
	}

	@Test
	void dutyPeriodOf13Hours() {
		// 06:00 to 20:00 with a 6 h gap: one duty period of 14 h.
		ShiftAssignment early = shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, at(MONDAY, 6, 0));
		ShiftAssignment late = shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, at(MONDAY, 16, 0));
		VERIFIER.verifyThat(MosaicConstraintProvider::dutyPeriodOf13Hours).given(early, late)
				.justifiesWithExactly(new DutyPeriodJustification("full-time", MONDAY, ids(early, late), 60))
				.penalizesBy(60);
		VERIFIER.verifyThat(MosaicConstraintProvider::dutyPeriodOf13Hours)
				.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, at(MONDAY, 7, 0)),
						shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, at(MONDAY, 16, 0)))
				.penalizesBy(0);
	}

	@Test
	void weeklyRestOf35Hours() {
		// Seven mornings: the longest rest is 20 h, 15 h short.
		VERIFIER.verifyThat(MosaicConstraintProvider::weeklyRestOf35Hours).given(mornings(SMALL_CONTRACT_WORKER, 7))
				.justifiesWithExactly(new WeeklyRestJustification("small-contract", 900)).penalizesBy(900);
		VERIFIER.verifyThat(MosaicConstraintProvider::weeklyRestOf35Hours).given(mornings(SMALL_CONTRACT_WORKER, 5))
				.penalizesBy(0);
		// Week of 2026-03-23: Saturday 13:00 to the week's end reads 35 h but lasts 34 h.
		VERIFIER.verifyThat(MosaicConstraintProvider::weeklyRestOf35Hours)
				.given(daysUntilSaturday(SPRING_FORWARD, SPRING_WORKER))
				.justifiesWithExactly(new WeeklyRestJustification(SPRING_WORKER.getId(), 60)).penalizesBy(60);
		// Week of 2026-10-19: the same hours last 36 h.
		VERIFIER.verifyThat(MosaicConstraintProvider::weeklyRestOf35Hours)
				.given(daysUntilSaturday(FALL_BACK, AUTUMN_WORKER)).penalizesBy(0);
	}

	@Test
	void atMostSixWorkingDays() {
		VERIFIER.verifyThat(MosaicConstraintProvider::atMostSixWorkingDays).given(mornings(FULL_TIME_WORKER, 7))
				.justifiesWithExactly(new WorkingDaysJustification("full-time", 240)).penalizesBy(240);
		VERIFIER.verifyThat(MosaicConstraintProvider::atMostSixWorkingDays).given(mornings(FULL_TIME_WORKER, 6))
				.penalizesBy(0);
	}

	@Test
	void breakAfter6Hours() {
		// 08:00–12:00 and 12:10–15:10 with a 10 min pause: one stretch of 430 minutes.
		ShiftAssignment morning = shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING);
		ShiftAssignment afterShortPause = shift(THREE_HOURS_AT_A, FULL_TIME_WORKER, at(MONDAY, 12, 10));
		VERIFIER.verifyThat(MosaicConstraintProvider::breakAfter6Hours).given(morning, afterShortPause)
				.justifiesWithExactly(new BreakJustification("full-time", MONDAY, ids(morning, afterShortPause), 70))
				.penalizesBy(70);
		VERIFIER.verifyThat(MosaicConstraintProvider::breakAfter6Hours)
				.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING),
						shift(THREE_HOURS_AT_A, FULL_TIME_WORKER, at(MONDAY, 12, 20)))
				.penalizesBy(0);
	}

	@Test
	void partTimeInterruption() {
		// Monday: two interruptions of 60 min; Tuesday: one of 180 min.
		ShiftAssignment[] monday = { shift(TWO_HOURS_AT_A, PART_TIME_WORKER, MONDAY_MORNING),
				shift(TWO_HOURS_AT_A, PART_TIME_WORKER, at(MONDAY, 11, 0)),
				shift(TWO_HOURS_AT_A, PART_TIME_WORKER, at(MONDAY, 14, 0)) };
		ShiftAssignment[] tuesday = { shift(TWO_HOURS_AT_A, PART_TIME_WORKER, at(TUESDAY, 8, 0)),
				shift(TWO_HOURS_AT_A, PART_TIME_WORKER, at(TUESDAY, 13, 0)) };
		VERIFIER.verifyThat(MosaicConstraintProvider::partTimeInterruption)
				.given(monday[0], monday[1], monday[2], tuesday[0], tuesday[1])
				.justifiesWithExactly(new PartTimeInterruptionJustification("part-time", MONDAY, ids(monday), 60),
						new PartTimeInterruptionJustification("part-time", TUESDAY, ids(tuesday), 60))
				.penalizesBy(60 + 60);
		VERIFIER.verifyThat(MosaicConstraintProvider::partTimeInterruption)
				.given(shift(TWO_HOURS_AT_A, PART_TIME_WORKER, MONDAY_MORNING),
						shift(TWO_HOURS_AT_A, PART_TIME_WORKER, at(MONDAY, 11, 0)),
						shift(TWO_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING),
						shift(TWO_HOURS_AT_A, FULL_TIME_WORKER, at(MONDAY, 11, 0)),
						shift(TWO_HOURS_AT_A, FULL_TIME_WORKER, at(MONDAY, 14, 0)))
				.penalizesBy(0);
	}

	@Test
	void distinctDays() {
		ShiftAssignment morning = shift(DISTINCT_DAYS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING);
		ShiftAssignment sameDay = shift(DISTINCT_DAYS_AT_A, SMALL_CONTRACT_WORKER, at(MONDAY, 14, 0));
		VERIFIER.verifyThat(MosaicConstraintProvider::distinctDays).given(morning, sameDay)
				.justifiesWithExactly(new DistinctDaysJustification("distinct-a", "member-a", MONDAY,
						ids(morning, sameDay).stream().sorted().toList(), 240))
				.penalizesBy(240);
		VERIFIER.verifyThat(MosaicConstraintProvider::distinctDays)
				.given(shift(DISTINCT_DAYS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING),
						shift(DISTINCT_DAYS_AT_A, FULL_TIME_WORKER, at(TUESDAY, 8, 0)),
						shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, at(MONDAY, 14, 0)),
						shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, at(MONDAY, 18, 0)))
				.penalizesBy(0);
	}

	@Test
	void startInsideWindows() {
		// A Monday-morning request a stored plan had put on Monday 14:00, before its window was moved.
		var mornings = new PlanningRequest("monday-morning", MEMBER_A, SITE_A, BOOKKEEPING, 240,
				List.of(new MinuteInterval(at(MONDAY, 8, 0), at(MONDAY, 12, 0))), 30, false, false, CALENDAR);
		mornings.admitStartOutsideWindows(at(MONDAY, 14, 0));
		ShiftAssignment moved = shift(mornings, FULL_TIME_WORKER, at(MONDAY, 14, 0));
		VERIFIER.verifyThat(MosaicConstraintProvider::startInsideWindows).given(moved)
				.justifiesWithExactly(
						new StartInsideWindowsJustification("full-time", "member-a", moved.getId(), MONDAY, 240))
				.penalizesBy(240);
		VERIFIER.verifyThat(MosaicConstraintProvider::startInsideWindows)
				.given(shift(mornings, FULL_TIME_WORKER, at(MONDAY, 8, 0))).penalizesBy(0);
	}

}
