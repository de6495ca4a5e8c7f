package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.base.RefusedException;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ShiftKey;
import fr.mosaic.interchange.WallTime;
import fr.mosaic.planning.ShiftEditing.Recommendation;
import fr.mosaic.planning.ShiftEditing.RuleBrokenException;
import fr.mosaic.planning.solver.ConstraintWeights;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.WeekPlanService;

/**
 * The coordinator adjusts a draft by hand on the spec's example week: the solver's recommendations for a shift, a
 * reassignment, a refused rule-breaking one and its explicit override, unassigning, pinning — each checked on the
 * stored plan.
 */
@WithMockUser(roles = AppRoles.COORDINATOR)
@SpringBootTest
class ShiftEditingIT {

	static final LocalDate WEEK = ExampleWeek.WEEK;

	// r2 asks for a coach at the sports club on Monday, Tuesday or Thursday afternoon; its shift 1 is Salariée 3's
	static final ShiftKey COACHING = new ShiftKey("r2", 1);

	// Monday 13:00 in elapsed minutes: Salariée 1 already coaches then (r2#0)
	static final int MONDAY_1PM = 13 * 60;

	@Autowired
	ShiftEditing editing;

	@Autowired
	PlanningService planning;

	@Autowired
	ProblemImporter importer;

	@Autowired
	PlanStore planStore;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void storeTheExampleWeekWithItsDraft() {
		DatabaseCleaner.clean(dataSource);
		ExampleWeek.storeWithDraft(importer, planStore);
	}

	@AfterEach
	void forgetTheWeek() {
		DatabaseCleaner.clean(dataSource);
	}

	@Test
	void recommendsEveryWorkerWhoCouldCoachBestFirstWithWhatItChanges() {
		var recommendations = editing.recommend(WEEK, COACHING);

		// Salarié 2 lacks the skill and is excluded by the club: only the two coaches remain
		assertThat(recommendations).extracting(Recommendation::workerId).containsExactlyInAnyOrder("w1", "w3");
		var current = recommendations.stream().filter(Recommendation::current).findFirst().orElseThrow();
		assertThat(current.workerId()).isEqualTo("w3");
		assertThat(current.brokenRules()).isEmpty();
		assertThat(current.coveredMinutesGained()).as("the shift is covered already").isZero();
		assertThat(recommendations).allSatisfy(recommendation -> {
			assertThat(recommendation.endTime()).isEqualTo(recommendation.startTime().plusMinutes(180));
			assertThat(recommendation.startTime().getHour()).isBetween(13, 16);
			assertThat(recommendation.contractMinutes()).isEqualTo(2100);
		});
		// each at the best start the solver found for them: a legal one when there is one
		assertThat(recommendations).allSatisfy(recommendation -> assertThat(recommendation.brokenRules()).isEmpty());
		assertThat(storedWorker(COACHING)).as("recommending changes nothing").isEqualTo("w3");
	}

	@Test
	void aLegalReassignmentIsStoredAndRescored() {
		var w1 = editing.recommend(WEEK, COACHING).stream().filter(r -> r.workerId().equals("w1")).findFirst()
				.orElseThrow();

		editing.assign(WEEK, COACHING, "w1", w1.start(), false);

		var stored = shift(COACHING);
		assertThat(stored.worker()).isEqualTo("w1");
		assertThat(stored.start()).isEqualTo(WallTime.of(w1.startTime().toLocalDateTime()));
		assertThat(planStore.find(WEEK).orElseThrow().overridden()).isEmpty();
		assertThat(weekPlans.findByWeek(WEEK).orElseThrow().isFeasible()).isTrue();
	}

	@Test
	void aChangeThatBreaksALegalRuleIsRefusedWithTheRuleNamedAndNothingStored() {
		assertThatThrownBy(() -> editing.assign(WEEK, COACHING, "w1", MONDAY_1PM, false)).isInstanceOfSatisfying(
				RuleBrokenException.class,
				ex -> assertThat(ex.rules()).contains(ConstraintWeights.NO_OVERLAP_INCLUDING_TRAVEL));

		assertThat(storedWorker(COACHING)).isEqualTo("w3");
		assertThat(weekPlans.findByWeek(WEEK).orElseThrow().isFeasible()).isTrue();
	}

	@Test
	void anOverrideKeepsTheChangePinnedMarkedInTheExportAndUnpublishable() {
		editing.assign(WEEK, COACHING, "w1", MONDAY_1PM, true);

		var stored = shift(COACHING);
		assertThat(stored.worker()).isEqualTo("w1");
		assertThat(stored.pinned()).as("an override is pinned so that solving keeps it").isTrue();
		assertThat(planStore.find(WEEK).orElseThrow().overridden()).containsExactly(COACHING);
		assertThat(weekPlans.findByWeek(WEEK).orElseThrow().isFeasible()).isFalse();
		var exported = planning.exportPlan(WEEK, Locale.FRENCH).orElseThrow();
		assertThat(exported.feasible()).isFalse();
		assertThat(exported.shifts()).filteredOn(s -> s.request().equals("r2") && s.index() == 1).singleElement()
				.satisfies(s -> assertThat(s.reason()).startsWith("Affectation maintenue par le coordinateur malgré")
						.contains("Pas de chevauchement"));
		assertThatThrownBy(() -> weekPlans.publish(WEEK)).isInstanceOf(RefusedException.class);

		// back to a legal worker: the mark goes with the override
		var w3 = editing.recommend(WEEK, COACHING).stream().filter(r -> r.workerId().equals("w3")).findFirst()
				.orElseThrow();
		editing.assign(WEEK, COACHING, "w3", w3.start(), false);
		assertThat(planStore.find(WEEK).orElseThrow().overridden()).isEmpty();
		assertThat(weekPlans.findByWeek(WEEK).orElseThrow().isFeasible()).isTrue();
	}

	@Test
	void unassigningLeavesTheShiftUncoveredWithItsReason() {
		editing.assign(WEEK, new ShiftKey("r4", 0), null, null, false);

		var stored = shift(new ShiftKey("r4", 0));
		assertThat(stored.covered()).isFalse();
		assertThat(stored.reason()).isNotBlank();
		assertThat(editing.recommend(WEEK, new ShiftKey("r4", 0))).first()
				.satisfies(best -> assertThat(best.coveredMinutesGained()).isEqualTo(240));
	}

	@Test
	void aPinnedShiftIsKeptWhenTheWeekIsSolvedAgain() {
		var w1 = editing.recommend(WEEK, COACHING).stream().filter(r -> r.workerId().equals("w1")).findFirst()
				.orElseThrow();
		editing.assign(WEEK, COACHING, "w1", w1.start(), false);
		editing.pin(WEEK, COACHING, true);
		assertThat(shift(COACHING).pinned()).isTrue();
		editing.assign(WEEK, new ShiftKey("r4", 0), null, null, false);
		assertThatThrownBy(() -> editing.pin(WEEK, new ShiftKey("r4", 0), true)).isInstanceOfSatisfying(
				RefusedException.class, ex -> assertThat(ex.key()).isEqualTo("weekplan.pin.uncovered"));

		var job = planning.solveWeek(WEEK, Duration.ofSeconds(2), status -> {
		});
		await().pollInSameThread().atMost(Duration.ofSeconds(60))
				.until(() -> planning.status(job).map(s -> s.state().finished()).orElse(true));

		assertThat(shift(COACHING).worker()).isEqualTo("w1");
		assertThat(shift(COACHING).start()).isEqualTo(WallTime.of(w1.startTime().toLocalDateTime()));
		editing.pin(WEEK, COACHING, false);
		assertThat(shift(COACHING).pinned()).isFalse();
	}

	@Test
	void aPublishedWeekIsNotEditedInPlace() {
		weekPlans.publish(WEEK);

		assertThatThrownBy(() -> editing.recommend(WEEK, COACHING)).isInstanceOfSatisfying(RefusedException.class,
				ex -> assertThat(ex.key()).isEqualTo("planning.edit.published"));
		assertThatThrownBy(() -> editing.assign(WEEK, COACHING, null, null, false))
				.isInstanceOf(RefusedException.class);
		assertThat(storedWorker(COACHING)).isEqualTo("w3");
	}

	private PlanDocument.Shift shift(ShiftKey key) {
		return planStore.find(WEEK).orElseThrow().shifts().stream()
				.filter(s -> s.request().equals(key.request()) && s.index() == key.index()).findFirst().orElseThrow();
	}

	private String storedWorker(ShiftKey key) {
		return shift(key).worker();
	}

}
