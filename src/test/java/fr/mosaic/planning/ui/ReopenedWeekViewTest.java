package fr.mosaic.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.DateText;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.planning.ExampleWeek;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.WeekPlanService;

/**
 * The coordinator reopens a published week, reads what its new draft changes against the published plan and what would
 * stay uncovered before publishing again, or discards its corrections to get the published week back.
 */
@SpringBootTest
@WithMockUser(username = "claire", roles = AppRoles.COORDINATOR)
class ReopenedWeekViewTest extends SpringBrowserlessTest {

	static final LocalDate WEEK = ExampleWeek.WEEK;

	@Autowired
	ProblemImporter importer;

	@Autowired
	PlanningService planning;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	PlanStore planStore;

	@Autowired
	DataSource dataSource;

	// publication is dated by the application's clock, the tests' fixed one
	@Autowired
	Clock clock;

	@BeforeEach
	void publishTheExampleWeek() {
		DatabaseCleaner.clean(dataSource);
		ExampleWeek.publishSolved(importer, planning, weekPlans);
	}

	@Test
	void aReopenedWeekShowsItsChangesAndWhatStaysUncoveredBeforeItIsPublishedAgain() {
		var view = navigate(WeekPlanView.class);
		view.week.setValue(WEEK);
		view.refresh();
		assertThat(view.status.getText()).contains("\nPublished by claire on ");
		assertThat(view.reopen.isVisible()).isTrue();
		assertThat(view.discard.isEnabled()).isFalse();
		assertThat(view.changes.isVisible()).isFalse();

		test(view.reopen).click();

		assertThat(view.status.getText()).contains("\nReopened for correction — published by claire on ");
		assertThat(view.reopen.isVisible()).isFalse();
		assertThat(view.changes.isVisible()).isTrue();
		assertThat(view.changes.title.getText()).isEqualTo("No change from the published plan");

		// the correction leaves the Tuesday bookkeeping uncovered
		storeWithR5Uncovered();
		view.refresh();

		assertThat(view.changes.title.getText()).startsWith("One change from the published plan");
		assertThat(test(view.changes.changes).size()).isEqualTo(1);
		var row = test(view.changes.changes).getRow(0);
		assertThat(row.shift()).isEqualTo("Boulangerie du Parc — Comptabilité");
		assertThat(row.before()).startsWith("Salariée 1, Tuesday 24 November 08:00");
		assertThat(row.after()).isEqualTo(Translations.translate("planning.view.uncovered", Locale.ENGLISH));

		test(view.publish).click();
		var warning = $(Span.class).id("plan-publish-warning").getText();
		assertThat(warning).contains("One shift will stay uncovered (4 h in all):")
				.contains("· Boulangerie du Parc — Comptabilité (4 h)");
		var dialog = $(ConfirmDialog.class).single();
		dialog.close();
	}

	@Test
	void discardingTheCorrectionsBringsThePublishedWeekBack() {
		var published = planStore.find(WEEK).orElseThrow();
		weekPlans.reopen(WEEK);
		storeWithR5Uncovered();
		var view = navigate(WeekPlanView.class);
		view.week.setValue(WEEK);
		view.refresh();
		assertThat(view.discard.isEnabled()).isTrue();

		test(view.discard).click();
		var dialog = $(ConfirmDialog.class).single();
		assertThat(dialog.getElement().getProperty("header"))
				.isEqualTo("Discard the corrections of the week of November 23, 2026?");
		assertThat(dialog.getElement().getProperty("message"))
				.startsWith("The corrections are dropped and the published week comes back as it was, published by "
						+ "claire on " + DateText.day(LocalDate.now(clock), Locale.ENGLISH));
		ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));

		assertThat(weekPlans.isPublished(WEEK)).isTrue();
		assertThat(planStore.find(WEEK).orElseThrow().shifts()).containsExactlyElementsOf(published.shifts());
		assertThat(view.status.getText()).contains("\nPublished by claire on ");
		assertThat(view.reopen.isVisible()).isTrue();
		assertThat(view.discard.isEnabled()).isFalse();
		assertThat(view.changes.isVisible()).isFalse();
	}

	@Test
	void aDraftNeverPublishedIsDeletedWhenDiscarded() throws Exception {
		var stored = planStore.find(WEEK).orElseThrow();
		weekPlans.reopen(WEEK);
		// the import replaces the reopened week: its new draft was never published
		importer.importJson(Files.readString(Path.of("docs/spec/examples/small-problem.json")));
		planStore.storeDraft(new PlanDocument(WEEK, stored.score(), true, stored.shifts(), List.of(), List.of()));
		var view = navigate(WeekPlanView.class);
		view.week.setValue(WEEK);
		view.refresh();

		test(view.discard).click();
		var dialog = $(ConfirmDialog.class).single();
		assertThat(dialog.getElement().getProperty("header"))
				.isEqualTo("Discard the draft of the week of November 23, 2026?");
		ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));

		assertThat(weekPlans.findByWeek(WEEK)).isEmpty();
		assertThat(view.status.getText()).isEqualTo(Translations.translate("planning.view.noPlan", Locale.ENGLISH));
		assertThat(view.discard.isEnabled()).isFalse();
	}

	private void storeWithR5Uncovered() {
		var stored = planStore.find(WEEK).orElseThrow();
		var shifts = new ArrayList<PlanDocument.Shift>();
		for (var shift : stored.shifts()) {
			shifts.add(shift.request().equals("r5")
					? new PlanDocument.Shift("r5", 0, null, null, null, null, "left open")
					: shift);
		}
		planStore.storeDraft(new PlanDocument(WEEK, "0hard/-480medium/0soft", true, shifts, List.of(), List.of()));
	}

}
