package fr.mosaic.planning.solver;

import static fr.mosaic.planning.solver.MosaicConstraintProviderTest.MONDAY_MORNING;
import static fr.mosaic.planning.solver.MosaicConstraintProviderTest.VERIFIER;
import static fr.mosaic.planning.solver.PlanningFixtures.*;

import org.junit.jupiter.api.Test;

/** One test per medium and soft rule of {@link MosaicConstraintProvider}. */
class MosaicConstraintProviderSoftTest {

	@Test
	void uncoveredMinutes() {
		// A contracted minute counts twice an extra one.
		VERIFIER.verifyThat(MosaicConstraintProvider::uncoveredMinutes)
			.given(uncovered(FOUR_HOURS_AT_A), uncovered(EXTRA_AT_B))
			.penalizesBy(480 + 240);
		VERIFIER.verifyThat(MosaicConstraintProvider::uncoveredMinutes)
			.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING))
			.penalizesBy(0);
	}

	@Test
	void consolidateToContractHours() {
		// The part-time worker has no shift and still counts.
		VERIFIER.verifyThat(MosaicConstraintProvider::consolidateToContractHours)
			.given(FULL_TIME_WORKER, PART_TIME_WORKER, shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING))
			.penalizesBy((2100 - 240) + 1200);
		VERIFIER.verifyThat(MosaicConstraintProvider::consolidateToContractHours)
			.given(SMALL_CONTRACT_WORKER, shift(FOUR_HOURS_AT_A, SMALL_CONTRACT_WORKER, MONDAY_MORNING))
			.penalizesBy(0);
	}

	@Test
	void overtimeAboveContract() {
		VERIFIER.verifyThat(MosaicConstraintProvider::overtimeAboveContract)
			.given(mornings(SMALL_CONTRACT_WORKER, 2))
			.penalizesBy(240);
		VERIFIER.verifyThat(MosaicConstraintProvider::overtimeAboveContract)
			.given(mornings(SMALL_CONTRACT_WORKER, 1))
			.penalizesBy(0);
	}

	@Test
	void fairUncoveredMinutesBetweenMembers() {
		// Loads 240 and 0 around a mean of 120: sqrt(120² + 120²) = 169.7.
		VERIFIER.verifyThat(MosaicConstraintProvider::fairUncoveredMinutesBetweenMembers)
			.given(MEMBER_A, MEMBER_B, uncovered(FOUR_HOURS_AT_A))
			.penalizesBy(170);
		VERIFIER.verifyThat(MosaicConstraintProvider::fairUncoveredMinutesBetweenMembers)
			.given(MEMBER_A, MEMBER_B, uncovered(FOUR_HOURS_AT_A), uncovered(FOUR_HOURS_AT_B))
			.penalizesBy(0);
	}

	@Test
	void continuityWithHistory() {
		// Member A has had the full-time worker for bookkeeping; member B has no history.
		VERIFIER.verifyThat(MosaicConstraintProvider::continuityWithHistory)
			.given(shift(FOUR_HOURS_AT_A, SMALL_CONTRACT_WORKER, MONDAY_MORNING))
			.penalizesBy(240);
		VERIFIER.verifyThat(MosaicConstraintProvider::continuityWithHistory)
			.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING),
					shift(GREENS_AT_A, PART_TIME_WORKER, at(TUESDAY, 8, 0)),
					shift(FOUR_HOURS_AT_B, SMALL_CONTRACT_WORKER, MONDAY_MORNING))
			.penalizesBy(0);
	}

	@Test
	void sameWorkerWithinRequest() {
		VERIFIER.verifyThat(MosaicConstraintProvider::sameWorkerWithinRequest)
			.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING),
					shift(FOUR_HOURS_AT_A, SMALL_CONTRACT_WORKER, at(TUESDAY, 8, 0)))
			.penalizesBy(240);
		VERIFIER.verifyThat(MosaicConstraintProvider::sameWorkerWithinRequest)
			.given(mornings(FULL_TIME_WORKER, 3))
			.penalizesBy(0);
	}

	@Test
	void employersPerWorkerPerDay() {
		VERIFIER.verifyThat(MosaicConstraintProvider::employersPerWorkerPerDay)
			.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING),
					shift(FOUR_HOURS_AT_B, FULL_TIME_WORKER, at(MONDAY, 13, 0)))
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
		VERIFIER.verifyThat(MosaicConstraintProvider::idleGaps)
			.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING),
					shift(FOUR_HOURS_AT_B, FULL_TIME_WORKER, at(MONDAY, 13, 0)))
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
			.penalizesBy(TRAVEL_A_TO_B);
		// No travel between days (separate duty periods) nor within one site.
		VERIFIER.verifyThat(MosaicConstraintProvider::travelTime)
			.given(shift(FOUR_HOURS_AT_A, FULL_TIME_WORKER, MONDAY_MORNING),
					shift(THREE_HOURS_AT_A, FULL_TIME_WORKER, at(MONDAY, 13, 0)),
					shift(FOUR_HOURS_AT_B, FULL_TIME_WORKER, at(TUESDAY, 8, 0)))
			.penalizesBy(0);
	}

	@Test
	void preferredMembers() {
		VERIFIER.verifyThat(MosaicConstraintProvider::preferredMembers)
			.given(shift(FOUR_HOURS_AT_B, A_LOVER, MONDAY_MORNING))
			.penalizesBy(240);
		VERIFIER.verifyThat(MosaicConstraintProvider::preferredMembers)
			.given(shift(FOUR_HOURS_AT_A, A_LOVER, MONDAY_MORNING),
					shift(FOUR_HOURS_AT_B, FULL_TIME_WORKER, MONDAY_MORNING))
			.penalizesBy(0);
	}

}
