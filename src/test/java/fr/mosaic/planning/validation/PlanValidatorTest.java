package fr.mosaic.planning.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.PlanDocument.Shift;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.WallTime;

/** The worked example keeps every rule; each mutation of it breaks the rule it names. */
class PlanValidatorTest {

	private static final ProblemDocument PROBLEM = Examples.problem();

	private static final PlanDocument PLAN = Examples.plan();

	private final PlanValidator validator = new PlanValidator();

	@Test
	void workedExampleHasNoViolation() {
		assertThat(validator.validate(PROBLEM, PLAN)).isEmpty();
	}

	@Test
	void planForAnotherWeekIsReported() {
		PlanDocument plan = new PlanDocument(PLAN.weekStart().plusWeeks(1), PLAN.score(), true, PLAN.shifts(),
				PLAN.workers(), PLAN.members());
		assertThat(rules(PROBLEM, plan)).contains(Rule.WEEK_MISMATCH);
	}

	@Test
	void unknownDuplicateAndMissingShiftsAreReported() {
		List<Shift> shifts = new ArrayList<>(PLAN.shifts());
		shifts.add(new Shift("r9", 0, null, null, null, null, "nobody"));
		shifts.add(new Shift("r1", 1, null, null, null, null, "nobody"));
		shifts.add(shifts.get(0));
		shifts.remove(7);
		assertThat(rules(PROBLEM, withShifts(shifts))).containsExactlyInAnyOrder(Rule.UNKNOWN_SHIFT, Rule.UNKNOWN_SHIFT,
				Rule.DUPLICATE_SHIFT, Rule.MISSING_SHIFT);
	}

	@Test
	void coveredShiftWithoutStartIsIncomplete() {
		assertThat(rules(PROBLEM, change(6, s -> shift(s, "w3", null, s.end())))).contains(Rule.INCOMPLETE_SHIFT);
	}

	@Test
	void endMustBeStartPlusDuration() {
		assertThat(rules(PROBLEM, change(6, s -> shift(s, "w3", s.start(), plus(s.end(), 30)))))
				.containsExactly(Rule.WRONG_END);
	}

	@Test
	void uncoveredShiftNeedsReason() {
		assertThat(rules(PROBLEM, change(6, s -> new Shift("r4", 0, null, null, null, null, " "))))
				.containsExactly(Rule.MISSING_REASON);
	}

	@Test
	void unknownWorkerIsReported() {
		assertThat(rules(PROBLEM, change(6, s -> shift(s, "w9", s.start(), s.end())))).contains(Rule.UNKNOWN_WORKER);
	}

	@Test
	void startOffTheStepIsOutsideWindow() {
		// r2 steps by 30 min from 13:00
		assertThat(rules(PROBLEM, change(1, s -> moved(s, 15)))).contains(Rule.OUTSIDE_WINDOW);
	}

	@Test
	void distinctDaysRequestOnOneDayIsReported() {
		// r3#2 moved from Thursday to Monday, where r3#0 already is
		assertThat(rules(PROBLEM, change(5, s -> moved(s, -3 * 1440)))).containsExactly(Rule.DISTINCT_DAYS);
	}

	@Test
	void brokenPinIsReported() {
		assertThat(rules(PROBLEM, change(0, s -> new Shift("r1", 0, null, null, null, null, "dropped"))))
				.containsExactly(Rule.PIN_BROKEN);
	}

	@Test
	void workerWithoutSkillIsReported() {
		assertThat(rules(PROBLEM, change(6, s -> shift(s, "w1", s.start(), s.end())))).contains(Rule.SKILL);
	}

	@Test
	void memberExclusionIsReported() {
		// m2 excludes w2 (who is also not available on Fridays)
		assertThat(rules(PROBLEM, change(6, s -> shift(s, "w2", s.start(), s.end())))).contains(Rule.EXCLUDED_BY_MEMBER,
				Rule.AVAILABILITY);
	}

	@Test
	void workerExclusionIsReported() {
		// w3 excludes m1
		assertThat(rules(PROBLEM, change(7, s -> shift(s, "w3", s.start(), s.end()))))
				.contains(Rule.EXCLUDED_BY_WORKER);
	}

	@Test
	void memberOutsideTheWorkersContractIsReportedWithItsArticle() {
		// w1's contract names m1 and m2, not the town hall (m3) that asks for r3
		PlanDocument plan = change(3, s -> shift(s, "w1", s.start(), s.end()));

		assertThat(validator.validate(PROBLEM, plan)).filteredOn(v -> v.rule() == Rule.OUTSIDE_CONTRACT).singleElement()
				.satisfies(v -> assertThat(v.sentence()).isEqualTo("worker w1, shift r3#0, member not "
						+ "in the worker's contract (Code du travail L1253-9): member m3 is not in the contract"));
		// the same worker in a file without the list (every member), or with it naming m3
		assertThat(rules(withContract(null), plan)).doesNotContain(Rule.OUTSIDE_CONTRACT);
		assertThat(rules(withContract(List.of("m1", "m2", "m3")), plan)).doesNotContain(Rule.OUTSIDE_CONTRACT);
	}

	@Test
	void placeOfWorkOutsideTheWorkersContractIsReportedWithItsArticle() {
		// w3's contract names the gymnasium and the town hall's site, not the stadium (m2-s2) where r4 is
		ProblemDocument problem = withWorker(2,
				w3 -> new ProblemDocument.Worker(w3.id(), w3.name(), w3.contractMinutes(), w3.maxMinutes(),
						w3.partTime(), w3.skills(), w3.home(), w3.availability(), w3.unavailable(),
						w3.preferredMembers(), w3.excludedMembers(), null, List.of("m2-s1", "m3-s1"), null));

		assertThat(validator.validate(problem, PLAN)).singleElement()
				.satisfies(v -> assertThat(v.sentence()).isEqualTo("worker w3, shift r4#0, place of work not "
						+ "in the worker's contract (Code du travail L1253-9): place of work m2-s2 is not in the contract"));
		// the example's own w3 names no place of work: every site
		assertThat(rules(PROBLEM, PLAN)).doesNotContain(Rule.PLACE_OUTSIDE_CONTRACT);
	}

	@Test
	void shiftOutsideWeeklyAvailabilityIsReported() {
		// r3#1 moved from Tuesday to Friday: w2 works Monday to Thursday only
		assertThat(rules(PROBLEM, change(4, s -> moved(s, 3 * 1440)))).containsExactly(Rule.AVAILABILITY);
	}

	@Test
	void shiftDuringLeaveIsReported() {
		// r3#2 moved to Wednesday, w3's day of leave
		assertThat(rules(PROBLEM, change(5, s -> moved(s, -1440)))).containsExactly(Rule.UNAVAILABLE);
	}

	@Test
	void travelCountsInOverlap() {
		// 90 min from the bakery to the gym: r2#0 at 13:00 follows r1#0 ending 12:00
		ProblemDocument problem = withTravel(Map.of("m1-s1", Map.of("m2-s1", 90)));
		assertThat(rules(problem, PLAN)).contains(Rule.OVERLAP);
	}

	@Test
	void weeklyMaximumIsReported() {
		ProblemDocument.Worker w1 = PROBLEM.workers().get(0);
		ProblemDocument.Worker capped = new ProblemDocument.Worker(w1.id(), w1.name(), w1.contractMinutes(), 600,
				w1.partTime(), w1.skills(), w1.home(), w1.availability(), w1.unavailable(), w1.preferredMembers(),
				w1.excludedMembers());
		List<ProblemDocument.Worker> workers = new ArrayList<>(PROBLEM.workers());
		workers.set(0, capped);
		ProblemDocument problem = new ProblemDocument(PROBLEM.weekStart(), PROBLEM.timeZone(), PROBLEM.travel(),
				PROBLEM.skills(), PROBLEM.members(), workers, PROBLEM.requests(), PROBLEM.history(), PROBLEM.pinned(),
				PROBLEM.travelMinutes());
		assertThat(rules(problem, PLAN)).containsExactly(Rule.WEEKLY_MAX);
	}

	@Test
	void travelTimesFollowHaversineAndMatrix() {
		TravelMatrix travel = TravelMatrix.of(PROBLEM);
		assertThat(travel.minutes("m1-s1", "m2-s1")).isEqualTo(2);
		assertThat(travel.minutes("m2-s1", "m2-s2")).isEqualTo(15);
		assertThat(travel.minutes("m1-s1", "m1-s1")).isZero();
	}

	static List<Rule> rules(ProblemDocument problem, PlanDocument plan) {
		return new PlanValidator().validate(problem, plan).stream().map(Violation::rule).toList();
	}

	private static PlanDocument change(int i, UnaryOperator<Shift> change) {
		List<Shift> shifts = new ArrayList<>(PLAN.shifts());
		shifts.set(i, change.apply(shifts.get(i)));
		return withShifts(shifts);
	}

	private static PlanDocument withShifts(List<Shift> shifts) {
		return new PlanDocument(PLAN.weekStart(), PLAN.score(), PLAN.feasible(), shifts, PLAN.workers(),
				PLAN.members());
	}

	private static Shift shift(Shift s, String worker, @Nullable WallTime start, @Nullable WallTime end) {
		return new Shift(s.request(), s.index(), worker, start, end, false, null);
	}

	// the example's week has no change of the clocks: wall-clock and elapsed minutes agree
	private static Shift moved(Shift s, int minutes) {
		return shift(s, s.worker(), plus(s.start(), minutes), plus(s.end(), minutes));
	}

	private static WallTime plus(@Nullable WallTime time, int minutes) {
		return WallTime.of(Objects.requireNonNull(time).local().plusMinutes(minutes));
	}

	private static ProblemDocument withContract(@Nullable List<String> members) {
		return withWorker(0,
				w1 -> new ProblemDocument.Worker(w1.id(), w1.name(), w1.contractMinutes(), w1.maxMinutes(),
						w1.partTime(), w1.skills(), w1.home(), w1.availability(), w1.unavailable(),
						w1.preferredMembers(), w1.excludedMembers(), members, w1.contractAmendedOn()));
	}

	private static ProblemDocument withWorker(int index, UnaryOperator<ProblemDocument.Worker> change) {
		List<ProblemDocument.Worker> workers = new ArrayList<>(PROBLEM.workers());
		workers.set(index, change.apply(workers.get(index)));
		return new ProblemDocument(PROBLEM.weekStart(), PROBLEM.timeZone(), PROBLEM.travel(), PROBLEM.skills(),
				PROBLEM.members(), workers, PROBLEM.requests(), PROBLEM.history(), PROBLEM.pinned(),
				PROBLEM.travelMinutes());
	}

	private static ProblemDocument withTravel(Map<String, Map<String, Integer>> matrix) {
		return new ProblemDocument(PROBLEM.weekStart(), PROBLEM.timeZone(), PROBLEM.travel(), PROBLEM.skills(),
				PROBLEM.members(), PROBLEM.workers(), PROBLEM.requests(), PROBLEM.history(), PROBLEM.pinned(), matrix);
	}

}
