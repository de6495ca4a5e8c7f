package fr.mosaic.weekplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.base.ReferenceCheck.InUseException;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.planning.ExampleWeek;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.WeekPlanService.PublishedWeekException;

/**
 * A published week reopened for correction keeps its published assignments through new drafts, and comes back as it was
 * published when its corrections are discarded; a draft never published, discarded, frees the week's requests to be
 * deleted; a published week is neither discarded nor overwritten.
 */
@WithMockUser(roles = AppRoles.COORDINATOR)
@SpringBootTest
class ReopenAndDiscardIT {

	static final LocalDate WEEK = LocalDate.of(2026, 11, 23);

	@Autowired
	ProblemImporter importer;

	@Autowired
	PlanStore planStore;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	RequestService requests;

	@Autowired
	DataSource dataSource;

	PlanDocument plan;

	@BeforeEach
	void storeTheSmallWeekWithItsDraft() throws Exception {
		DatabaseCleaner.clean(dataSource);
		plan = ExampleWeek.storeWithDraft(importer, planStore);
	}

	@AfterEach
	void forgetTheWeek() {
		DatabaseCleaner.clean(dataSource);
	}

	@Test
	void aReopenedWeekKeepsItsPublishedAssignmentsThroughNewDrafts() {
		weekPlans.publish(WEEK);
		assertThatThrownBy(() -> weekPlans.discardDraft(WEEK)).isInstanceOf(PublishedWeekException.class);

		var reopened = weekPlans.reopen(WEEK);

		assertThat(reopened.getState()).isEqualTo(WeekPlanState.DRAFT);
		assertThat(reopened.isReopened()).isTrue();
		assertThat(reopened.getPublishedBy()).isEqualTo("user");
		// a new draft where nobody works: the baseline is still what was published
		planStore.storeDraft(new PlanDocument(WEEK, "0hard/-1medium/0soft", true, plan.shifts().stream()
				.map(s -> new PlanDocument.Shift(s.request(), s.index(), null, null, null, null, "no worker")).toList(),
				plan.workers(), plan.members()));
		var stored = planStore.find(WEEK).orElseThrow();
		assertThat(stored.shifts()).noneMatch(PlanDocument.Shift::covered);
		assertThat(stored.published())
				.extracting(PlanDocument.Shift::request, PlanDocument.Shift::index, PlanDocument.Shift::worker,
						PlanDocument.Shift::start)
				.containsExactlyInAnyOrderElementsOf(
						plan.shifts().stream().map(s -> tuple(s.request(), s.index(), s.worker(), s.start())).toList());
	}

	@Test
	void discardingTheCorrectionsOfAReopenedWeekBringsThePublishedWeekBackAsItWas() {
		weekPlans.publish(WEEK);
		var published = planStore.find(WEEK).orElseThrow();
		var publishedPlan = weekPlans.findByWeek(WEEK).orElseThrow();
		weekPlans.reopen(WEEK);
		// the correction drops the first request's shifts, leaves the others uncovered and scores worse
		var dropped = plan.shifts().getFirst().request();
		planStore
				.storeDraft(new PlanDocument(
						WEEK, "0hard/-9medium/0soft", false, plan.shifts().stream()
								.filter(s -> !s.request().equals(dropped)).map(s -> new PlanDocument.Shift(s.request(),
										s.index(), null, null, null, null, "no worker"))
								.toList(),
						plan.workers(), plan.members()));
		var droppedRequest = requests.findByWeek(WEEK).stream().filter(r -> r.getCode().equals(dropped)).findFirst()
				.orElseThrow();
		assertThatThrownBy(() -> requests.delete(droppedRequest)).as("the published week still holds it")
				.isInstanceOf(InUseException.class);

		weekPlans.discardDraft(WEEK);

		var restored = planStore.find(WEEK).orElseThrow();
		assertThat(restored.state()).isEqualTo(WeekPlanState.PUBLISHED.name());
		assertThat(restored.score()).isEqualTo(published.score());
		assertThat(restored.shifts()).containsExactlyInAnyOrderElementsOf(published.shifts());
		assertThat(restored.published()).isEmpty();
		var republished = weekPlans.findByWeek(WEEK).orElseThrow();
		assertThat(republished.isFeasible()).isTrue();
		assertThat(republished.isReopened()).isFalse();
		assertThat(republished.getPublishedBy()).isEqualTo("user");
		assertThat(republished.getPublishedAt()).isEqualTo(publishedPlan.getPublishedAt());
		assertThatThrownBy(() -> weekPlans.discardDraft(WEEK)).isInstanceOf(PublishedWeekException.class);
	}

	@Test
	void aReopenedWeekDiscardedTwiceComesBackFromItsSecondPublication() {
		weekPlans.publish(WEEK);
		weekPlans.reopen(WEEK);
		var corrected = plan.shifts().stream()
				.map(s -> new PlanDocument.Shift(s.request(), s.index(), null, null, null, null, "no worker")).toList();
		planStore.storeDraft(
				new PlanDocument(WEEK, "0hard/-1medium/0soft", true, corrected, plan.workers(), plan.members()));
		weekPlans.publish(WEEK);
		weekPlans.reopen(WEEK);
		planStore.storeDraft(
				new PlanDocument(WEEK, "0hard/0medium/0soft", true, plan.shifts(), plan.workers(), plan.members()));

		weekPlans.discardDraft(WEEK);

		var restored = planStore.find(WEEK).orElseThrow();
		assertThat(restored.score()).isEqualTo("0hard/-1medium/0soft");
		assertThat(restored.shifts()).noneMatch(PlanDocument.Shift::covered);
	}

	@Test
	void aDiscardedDraftFreesTheWeeksRequestsToBeDeleted() {
		var request = requests.findByWeek(WEEK).getFirst();
		assertThatThrownBy(() -> requests.delete(request)).isInstanceOf(InUseException.class);

		weekPlans.discardDraft(WEEK);

		assertThat(weekPlans.findByWeek(WEEK)).isEmpty();
		requests.delete(request);
		assertThat(requests.findByWeek(WEEK)).doesNotContain(request);
		assertThat(weekPlans.findHistory(WEEK)).as("the week's history stays").isNotEmpty();
	}

}
