package fr.mosaic.consolidation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Locale;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;

import fr.mosaic.consolidation.Amendments;
import fr.mosaic.consolidation.ComingDemoWeek;
import fr.mosaic.consolidation.ConsolidationService;
import fr.mosaic.consolidation.HiringScenarios;
import fr.mosaic.consolidation.WhatIfKind;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.transfer.ProblemImporter;

/** The what-if screen on the demo group's coming week: a hiring scenario run, followed and read. */
@SpringBootTest
@WithMockUser(username = "screen-coordinator", roles = AppRoles.COORDINATOR)
class WhatIfViewTest extends SpringBrowserlessTest {

	@Autowired
	ProblemImporter importer;

	@Autowired
	SystemAccess systemAccess;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	@Autowired
	ConsolidationService consolidation;

	@Autowired
	PlanningService planning;

	private LocalDate monday;

	@BeforeEach
	void importAndPlanTheDemoWeek() {
		monday = ComingDemoWeek.imported(dataSource, systemAccess, importer, clock);
		ComingDemoWeek.planned(planning, systemAccess, monday, 1);
	}

	@Test
	void aHiringScenarioRunsWithItsProgressThenShowsItsFigures() {
		var view = navigate(WhatIfView.class);
		assertThat(view.week.getValue()).isEqualTo(monday);
		assertThat(view.result.getElement().getTextRecursively()).isEqualTo("No what-if of this kind for this week.");
		view.hires.setValue(1);

		test(view.run).click();

		assertThat(view.run.isEnabled()).isFalse();
		assertThat(view.cancel.isEnabled()).isTrue();
		assertThat(view.progressText.getText()).isIn("Solving the week again unchanged: the copies' reference…",
				"Copy 1 of 2 solved…", "Waiting: another what-if is running.");
		awaitTheEnd(view);
		var scenarios = test($(Grid.class).id("whatif-scenarios"));
		assertThat(scenarios.size()).isEqualTo(1);
		assertThat(scenarios.getCellText(0, 0)).isEqualTo("One hire");
		assertThat(scenarios.getCellText(0, 1)).startsWith("#1: skills ").contains(" · 35 h contract · near: ")
				.matches(".* · near: .+ — .+");
		assertThat(view.result.getElement().getTextRecursively()).contains(
				"Reference: the week solved again without a hire, for the same time as each scenario, covers ");
		assertThat(scenarios.getCellText(0, 2)).matches(".+ \\(\\+.+\\)");
		assertThat(test(view.analyses).size()).isEqualTo(1);
		assertThat(test(view.analyses).getCellText(0, 1)).isEqualTo("screen-coordinator");

		// another kind's tab lists none of the hiring runs
		view.kinds.setSelectedIndex(1);
		assertThat(view.analyses.isVisible()).isFalse();
		assertThat(view.result.getElement().getTextRecursively()).isEqualTo("No what-if of this kind for this week.");
		view.kinds.setSelectedIndex(0);
		assertThat(test(view.analyses).size()).isEqualTo(1);
	}

	@Test
	void theDepartureTabOffersTheWeeksMembersAndShowsWhatOneLeavingCosts() {
		var view = navigate(WhatIfView.class);

		view.kinds.setSelectedIndex(2);

		assertThat(view.member.isVisible()).isTrue();
		assertThat(view.hires.isVisible()).isFalse();
		assertThat(test(view.member).getSuggestionItems()).hasSize(ProblemSize.DEMO.members());
		test(view.run).click();
		assertThat(view.progressText.getText()).isEqualTo("Choose the member that leaves and a share from 1 to 100%.");

		var leaving = view.member.getListDataView().getItems().findFirst().orElseThrow();
		view.member.setValue(leaving);
		test(view.run).click();
		awaitTheEnd(view);

		assertThat(view.result.getElement().getTextRecursively()).contains("Without " + leaving.name() + " (100%")
				.contains("covered before (the week solved again unchanged, for the same time as the copy), − ");
		assertThat(view.member.getValue()).as("the member chosen stays chosen").isEqualTo(leaving);
		var costs = test($(Grid.class).id("whatif-costs"));
		assertThat(costs.size()).isPositive();
		// the whole member leaves: each one listed worked for it and loses exactly those hours
		for (int row = 0; row < costs.size(); row++) {
			assertThat(costs.getCellText(row, 2)).isEqualTo(costs.getCellText(row, 1)).isNotEqualTo("0 h");
		}
		assertThat(view.result.getElement().getTextRecursively()).contains("After planning again: ");
		assertThat(test(view.analyses).getCellText(0, 2)).isEqualTo(leaving.name() + " (100 %)");
	}

	@Test
	void theAmendmentsSayWhySomeVerifiedAreNotShownAndWhatTheGainCounts() {
		var view = navigate(WhatIfView.class);
		view.kinds.setSelectedIndex(1);

		test(view.run).click();
		awaitTheEnd(view);

		var stored = (Amendments.Result) consolidation.analyses(WhatIfKind.AMENDMENTS, monday).getFirst().result();
		var text = view.result.getElement().getTextRecursively();
		int notShown = stored.verified() - stored.suggestions().size();
		if (stored.suggestions().isEmpty()) {
			assertThat(text).startsWith("No amendment covers more hours").doesNotContain("(1 verified)");
		} else {
			assertThat(test($(Grid.class).id("whatif-suggestions")).size()).isEqualTo(stored.suggestions().size());
			assertThat(text).contains("They can thus exceed the shifts listed.").contains(
					stored.verified() == 1 ? "One amendment verified; " : stored.verified() + " amendments verified; ");
			assertThat(text.contains("no more hours than the week solved again")).isEqualTo(notShown > 0);
		}
	}

	@Test
	void theWeeksFieldRunsTheWhatIfOverTheLastWeeksAndRefusesNoneOrMoreThanFour() {
		monday = ComingDemoWeek.imported(dataSource, systemAccess, importer, clock, 2);
		ComingDemoWeek.planned(planning, systemAccess, monday, 2);
		var view = navigate(WhatIfView.class);
		assertThat(view.weeks.getValue()).isEqualTo(1);
		view.hires.setValue(1);
		for (int wrong : new int[] { 0, 5 }) {
			// typed in: the tester, like the field's buttons, would not go past the bounds
			view.weeks.setValue(wrong);
			test(view.run).click();
			assertThat(view.progressText.getText()).isEqualTo("Choose from 1 to 4 weeks to analyse.");
			assertThat(view.run.isEnabled()).isTrue();
		}
		// three weeks back from the coming one: the first has no requests and is left out
		test(view.weeks).setValue(3);
		test(view.run).click();
		var seen = new ArrayList<String>();
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).pollInSameThread().until(() -> {
			view.pollProgress();
			seen.add(view.progressText.getText());
			return view.run.isEnabled();
		});
		assertThat(view.progressText.getText()).isEqualTo("What-if done and stored.");
		assertThat(seen).anyMatch(text -> text.startsWith("Week 2/2 · "));
		assertThat(seen.stream().filter(text -> text.startsWith("Week ")).map(text -> text.substring(5, 6)).toList())
				.as("the week under way never goes back").isSorted();

		var earlier = week(monday.minusWeeks(1));
		var coming = week(monday);
		assertThat(view.result.getElement().getTextRecursively())
				.contains("Weeks analysed: " + earlier + ", " + coming + ", from ")
				.contains("Reference: the weeks analysed solved again without a hire");
		assertThat(test(view.analyses).getCellText(0, 4)).isEqualTo(earlier + ", " + coming);
		var scenarios = test($(Grid.class).id("whatif-scenarios"));
		assertThat(scenarios.getCellText(0, 6)).startsWith(earlier + ": ").contains(", " + coming + ": ");
		var stored = (HiringScenarios.Result) consolidation.analyses(WhatIfKind.HIRING, monday).getFirst().result();
		assertThat(stored.weeks()).containsExactly(monday.minusWeeks(1), monday);
		var hire = stored.scenarios().getFirst().hires().getFirst();
		// the contract filled is told against the contract over both weeks
		assertThat(scenarios.getCellText(0, 4)).endsWith(" of 70 h");
		assertThat(hire.contractMinutes()).isEqualTo(2 * 35 * 60);
	}

	@Test
	void aRangeWithoutRequestsIsSaidSoAndNothingRuns() {
		var view = navigate(WhatIfView.class);
		view.week.setValue(monday.plusWeeks(3));
		test(view.weeks).setValue(2);

		test(view.run).click();

		assertThat(view.progressText.getText()).isEqualTo("None of the weeks chosen has requests: nothing to analyse.");
		assertThat(view.run.isEnabled()).isTrue();
	}

	@Test
	void aWeekWithRequestsButNoStoredPlanIsNamedToPlanFirstAndNothingRuns() {
		ComingDemoWeek.imported(dataSource, systemAccess, importer, clock, 2);
		ComingDemoWeek.planned(planning, systemAccess, monday, 1);
		var view = navigate(WhatIfView.class);
		test(view.weeks).setValue(2);

		test(view.run).click();

		assertThat(view.progressText.getText()).isEqualTo(
				"Plan the week of " + DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH).format(monday.minusWeeks(1))
						+ " first: the what-ifs start from its stored plan.");
		assertThat(view.run.isEnabled()).isTrue();
		assertThat(consolidation.analyses(WhatIfKind.HIRING, monday)).isEmpty();
	}

	private static String week(LocalDate monday) {
		return "W" + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

	private void awaitTheEnd(WhatIfView view) {
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300)).pollInSameThread().until(() -> {
			view.pollProgress();
			return view.run.isEnabled();
		});
		assertThat(view.progressText.getText()).isEqualTo("What-if done and stored.");
	}

}
