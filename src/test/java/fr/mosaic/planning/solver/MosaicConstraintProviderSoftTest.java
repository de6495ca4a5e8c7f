package fr.mosaic.planning.solver;

import static fr.mosaic.planning.solver.MosaicConstraintProviderTest.MONDAY_MORNING;
import static fr.mosaic.planning.solver.MosaicConstraintProviderTest.VERIFIER;
import static fr.mosaic.planning.solver.PlanningFixtures.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.solver.justification.ChangeFromPublishedJustification;
import fr.mosaic.planning.solver.justification.ConsolidationJustification;
import fr.mosaic.planning.solver.justification.ContinuityJustification;
import fr.mosaic.planning.solver.justification.EmployersPerDayJustification;
import fr.mosaic.planning.solver.justification.FairnessJustification;
import fr.mosaic.planning.solver.justification.IdleGapJustification;
import fr.mosaic.planning.solver.justification.MemberLeftWithNothingJustification;
import fr.mosaic.planning.solver.justification.OvertimeJustification;
import fr.mosaic.planning.solver.justification.PreferredMembersJustification;
import fr.mosaic.planning.solver.justification.SameWorkerJustification;
import fr.mosaic.planning.solver.justification.TravelJustification;
import fr.mosaic.planning.solver.justification.UncoveredMinutesJustification;

/** One test per medium and soft rule of {@link MosaicConstraintProvider}, each with its penalty and justification. */
class MosaicConstraintProviderSoftTest {

	@Test
	void uncoveredMinutes() {
		// A contracted minute counts twice an extra one.
		ShiftAssignment contracted = uncovered(FOUR_HOURS_AT_A);
		ShiftAssignment extra = uncovered(EXTRA_AT_B);
		VERIFIER.verifyThat(MosaicConstraintProvider::uncoveredMinutes).given(contracted, extra)
				.justifiesWithExactly(
						new UncoveredMinutesJustification("member-a", "four-hours-a", contracted.getId(), 480, false),
						new UncoveredMinutesJustification("member-b", "extra-b", extra.getId(), 240, true))
				.penalizesBy(480 + 240);
		VERIFIER.verifyThat(MosaicConstraintProvider::uncoveredMinutes)
				.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING)).penalizesBy(0);
	}

	@Test
	void memberLeftWithNothing() {
		// B asked for 4 h extra and 6 h contracted and got none: one member, counted once, whatever it asked for. A has
		// one of its two shifts covered, which is something.
		VERIFIER.verifyThat(MosaicConstraintProvider::memberLeftWithNothing)
				.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING), uncovered(TWO_HOURS_AT_A),
						uncovered(EXTRA_AT_B), uncovered(SIX_HOURS_AT_B))
				.justifiesWithExactly(new MemberLeftWithNothingJustification("member-b", 240 + 360)).penalizesBy(1);
		// One covered shift is enough, however short.
		VERIFIER.verifyThat(MosaicConstraintProvider::memberLeftWithNothing)
				.given(uncovered(SIX_HOURS_AT_B), shift(EXTRA_AT_B, FULL_TIME_WORKER, MONDAY_MORNING)).penalizesBy(0);
	}

	@Test
	void changeFromPublished() {
		// Published Monday 08:00 to the full-time worker: given to another, moved to Tuesday, left uncovered.
		ShiftAssignment reassigned = shift(FOUR_HOURS_AT_A, SMALL_CONTRACT_WORKER, MONDAY_MORNING);
		reassigned.setPublished(FULL_TIME_WORKER, MONDAY_MORNING);
		ShiftAssignment moved = shift(FOUR_HOURS_AT_B, FULL_TIME_WORKER, at(TUESDAY, 8, 0));
		moved.setPublished(FULL_TIME_WORKER, MONDAY_MORNING);
		ShiftAssignment dropped = uncovered(TWO_HOURS_AT_A);
		dropped.setPublished(FULL_TIME_WORKER, MONDAY_MORNING);
		VERIFIER.verifyThat(MosaicConstraintProvider::changeFromPublished).given(reassigned, moved, dropped)
				.justifiesWithExactly(
						new ChangeFromPublishedJustification("full-time", "member-a", reassigned.getId(), MONDAY, 240),
						new ChangeFromPublishedJustification("full-time", "member-b", moved.getId(), MONDAY, 240),
						new ChangeFromPublishedJustification("full-time", "member-a", dropped.getId(), MONDAY, 120))
				.penalizesBy(240 + 240 + 120);
		// Kept as published, or never published with a worker (a new or uncovered shift): free.
		ShiftAssignment kept = shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING);
		kept.setPublished(FULL_TIME_WORKER, MONDAY_MORNING);
		VERIFIER.verifyThat(MosaicConstraintProvider::changeFromPublished)
				.given(kept, shift(FOUR_HOURS_AT_B, FULL_TIME_WORKER, MONDAY_MORNING), uncovered(TWO_HOURS_AT_A))
				.penalizesBy(0);
	}

	@Test
	void consolidateToContractHours() {
		// The part-time worker has no shift and still counts.
		VERIFIER.verifyThat(MosaicConstraintProvider::consolidateToContractHours)
				.given(FULL_TIME_WORKER, PART_TIME_WORKER, shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING))
				.justifiesWithExactly(new ConsolidationJustification("full-time", 240, 2100, 2100 - 240),
						new ConsolidationJustification("part-time", 0, 1200, 1200))
				.penalizesBy((2100 - 240) + 1200);
		VERIFIER.verifyThat(MosaicConstraintProvider::consolidateToContractHours)
				.given(SMALL_CONTRACT_WORKER, shift(FOUR_HOURS_AT_A, SMALL_CONTRACT_WORKER, MONDAY_MORNING))
				.penalizesBy(0);
	}

	@Test
	void overtimeAboveContract() {
		VERIFIER.verifyThat(MosaicConstraintProvider::overtimeAboveContract).given(mornings(SMALL_CONTRACT_WORKER, 2))
				.justifiesWithExactly(new OvertimeJustification("small-contract", 480, 240, 240)).penalizesBy(240);
		VERIFIER.verifyThat(MosaicConstraintProvider::overtimeAboveContract).given(mornings(SMALL_CONTRACT_WORKER, 1))
				.penalizesBy(0);
	}

	@Test
	void fairUncoveredMinutesBetweenMembers() {
		// Contracted minutes count double. A asked for 4 h + 2 h (720) and lacks 2 h (240): 240 × 240 / 1,440 = 40.
		// B asked for 4 h extra (240) and got nothing: 240 × 240 / 480 = 120.
		ShiftAssignment twoHoursA = uncovered(TWO_HOURS_AT_A);
		ShiftAssignment extraB = uncovered(EXTRA_AT_B);
		VERIFIER.verifyThat(MosaicConstraintProvider::fairUncoveredMinutesBetweenMembers)
				.given(MEMBER_A, MEMBER_B, shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING), twoHoursA, extraB)
				.justifiesWithExactly(new FairnessJustification(Map.of("member-a", 120L), 40),
						new FairnessJustification(Map.of("member-b", 240L), 120))
				.penalizesBy(40 + 120);
		// The same 2 h missing cost less from the member who asked for more: proportional, not absolute.
		VERIFIER.verifyThat(MosaicConstraintProvider::fairUncoveredMinutesBetweenMembers)
				.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING),
						shift(SIX_HOURS_AT_B, FULL_TIME_WORKER, at(TUESDAY, 8, 0)), twoHoursA)
				.penalizesBy(40);
		// Fully covered members cost nothing.
		VERIFIER.verifyThat(MosaicConstraintProvider::fairUncoveredMinutesBetweenMembers)
				.given(MEMBER_A, MEMBER_B, shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING)).penalizesBy(0);
	}

	@Test
	void continuityWithHistory() {
		// Member A has had the full-time worker (for bookkeeping); member B has no history. A's shifts given to others
		// cost their minutes, whatever the skill: continuity counts wherever the member has history.
		ShiftAssignment newcomer = shift(FOUR_HOURS_AT_A, SMALL_CONTRACT_WORKER, MONDAY_MORNING);
		ShiftAssignment greens = shift(GREENS_AT_A, PART_TIME_WORKER, at(TUESDAY, 8, 0));
		VERIFIER.verifyThat(MosaicConstraintProvider::continuityWithHistory).given(newcomer, greens)
				.justifiesWithExactly(
						new ContinuityJustification("small-contract", "member-a", newcomer.getId(), MONDAY, 240),
						new ContinuityJustification("part-time", "member-a", greens.getId(), TUESDAY, 240))
				.penalizesBy(240 + 240);
		VERIFIER.verifyThat(MosaicConstraintProvider::continuityWithHistory)
				.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING),
						shift(FOUR_HOURS_AT_B, SMALL_CONTRACT_WORKER, MONDAY_MORNING))
				.penalizesBy(0);
	}

	@Test
	void sameWorkerWithinRequest() {
		VERIFIER.verifyThat(MosaicConstraintProvider::sameWorkerWithinRequest)
				.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING),
						shift(FOUR_HOURS_AT_A, SMALL_CONTRACT_WORKER, at(TUESDAY, 8, 0)))
				.justifiesWithExactly(new SameWorkerJustification("four-hours-a", "member-a",
						List.of("full-time", "small-contract"), 240))
				.penalizesBy(240);
		VERIFIER.verifyThat(MosaicConstraintProvider::sameWorkerWithinRequest).given(mornings(FULL_TIME_WORKER, 3))
				.penalizesBy(0);
	}

	@Test
	void employersPerWorkerPerDay() {
		ShiftAssignment atA = shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING);
		ShiftAssignment atB = shift(FOUR_HOURS_AT_B, FULL_TIME_WORKER, at(MONDAY, 13, 0));
		VERIFIER.verifyThat(MosaicConstraintProvider::employersPerWorkerPerDay).given(atA, atB)
				.justifiesWithExactly(new EmployersPerDayJustification("full-time", MONDAY, ids(atA, atB), 1))
				.penalizesBy(1);
		VERIFIER.verifyThat(MosaicConstraintProvider::employersPerWorkerPerDay)
				.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING),
						shift(THREE_HOURS_AT_A, FULL_TIME_WORKER, at(MONDAY, 13, 0)),
						shift(FOUR_HOURS_AT_B, FULL_TIME_WORKER, at(TUESDAY, 8, 0)))
				.penalizesBy(0);
	}

	@Test
	void idleGaps() {
		// One hour between the shifts, half of it travelling.
		ShiftAssignment atA = shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING);
		ShiftAssignment atB = shift(FOUR_HOURS_AT_B, FULL_TIME_WORKER, at(MONDAY, 13, 0));
		VERIFIER.verifyThat(MosaicConstraintProvider::idleGaps).given(atA, atB)
				.justifiesWithExactly(new IdleGapJustification("full-time", MONDAY, ids(atA, atB), 60 - TRAVEL_A_TO_B))
				.penalizesBy(60 - TRAVEL_A_TO_B);
		VERIFIER.verifyThat(MosaicConstraintProvider::idleGaps)
				.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING),
						shift(FOUR_HOURS_AT_B, FULL_TIME_WORKER, at(MONDAY, 12, 30)),
						shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, at(TUESDAY, 8, 0)))
				.penalizesBy(0);
	}

	@Test
	void travelTime() {
		VERIFIER.verifyThat(MosaicConstraintProvider::travelTime)
				.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING),
						shift(FOUR_HOURS_AT_B, FULL_TIME_WORKER, at(MONDAY, 13, 0)))
				.justifiesWithExactly(new TravelJustification("full-time", TRAVEL_A_TO_B)).penalizesBy(TRAVEL_A_TO_B);
		// No travel between days (separate duty periods) nor within one site.
		VERIFIER.verifyThat(MosaicConstraintProvider::travelTime)
				.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING),
						shift(THREE_HOURS_AT_A, FULL_TIME_WORKER, at(MONDAY, 13, 0)),
						shift(FOUR_HOURS_AT_B, FULL_TIME_WORKER, at(TUESDAY, 8, 0)))
				.penalizesBy(0);
	}

	@Test
	void preferredMembers() {
		ShiftAssignment elsewhere = shift(FOUR_HOURS_AT_B, A_LOVER, MONDAY_MORNING);
		VERIFIER.verifyThat(MosaicConstraintProvider::preferredMembers).given(elsewhere)
				.justifiesWithExactly(
						new PreferredMembersJustification("a-lover", "member-b", elsewhere.getId(), MONDAY, 240))
				.penalizesBy(240);
		VERIFIER.verifyThat(MosaicConstraintProvider::preferredMembers)
				.given(shift(FOUR_HOURS_AT_A, A_LOVER, MONDAY_MORNING),
						shift(FOUR_HOURS_AT_B, FULL_TIME_WORKER, MONDAY_MORNING))
				.penalizesBy(0);
	}

}
