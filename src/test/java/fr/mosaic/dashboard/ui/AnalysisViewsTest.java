package fr.mosaic.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.base.ui.ScreenTexts;
import fr.mosaic.dashboard.Consolidation.WorkerLine;
import fr.mosaic.planning.ExampleWeek;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;

/**
 * The skills gap and consolidation screens over the spec's example week, stored with its feasible draft (every shift
 * covered), and the week before it, stored without a plan. The analysis runs on its own thread: each test waits for it
 * and then runs what it handed to the screen.
 */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class AnalysisViewsTest extends SpringBrowserlessTest {

	@Autowired
	ProblemImporter importer;

	@Autowired
	PlanStore planStore;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void storeTheExampleWeek() {
		DatabaseCleaner.clean(dataSource);
		ExampleWeek.storeWithDraft(importer, planStore);
	}

	@Test
	void theSkillsGapOfACoveredWeekIsTheHoursBelowContractBySkill() {
		var view = navigate(SkillsGapView.class);
		analyse(view);

		assertThat(view.status.getText()).isEqualTo("One planned week out of 2.");
		assertThat(view.run.isEnabled()).isTrue();
		assertThat(view.progress.isVisible()).isFalse();
		assertThat(chart(view, "bySkill")).isEmpty();
		// Salariée 1 (bookkeeping, coach) 24 h short, Salarié 2 (greens) 10 h, Salariée 3 (coach, greens) 21 h
		assertThat(chart(view, "belowContract")).containsExactly("Animation sportive: 45 h (2 workers) 100.0%",
				"Espaces verts: 31 h (2 workers) 68.9%", "Comptabilité: 24 h (one worker) 53.3%");
		assertThat(chart(view, "bySlot")).hasSize(14).first().isEqualTo("Monday morning: 0 h (no shift) 0.0%");
		assertThat($(Anchor.class).id("skills-gap-csv").getText()).isEqualTo("Export as CSV");
	}

	@Test
	void aRangeWithoutAPlannedWeekSaysSoInsteadOfShowingNoGap() {
		var view = navigate(SkillsGapView.class);
		view.from.setValue(ExampleWeek.WEEK.minusWeeks(1));
		view.to.setValue(ExampleWeek.WEEK.minusWeeks(1));
		view.run.click();
		BackgroundWork.settle(view.running);

		assertThat(view.status.getText()).isEqualTo(
				"The week has no stored plan: the analyses read stored plans; plan a week of the range first.");
		assertThat(view.results.getChildren()).isEmpty();
	}

	@Test
	void aRangeEndingBeforeItStartsIsRefusedWithoutRunning() {
		var view = navigate(SkillsGapView.class);
		view.to.setValue(ExampleWeek.WEEK);
		view.from.setValue(ExampleWeek.WEEK.plusWeeks(1));
		test(view.run).click();

		assertThat(view.running).isNull();
		assertThat(view.status.getText()).isEqualTo("The last week must follow the first, 26 weeks at most.");
	}

	@Test
	void theConsolidationShowsTheGroupWeekByWeekAndEachWorker() {
		var view = navigate(ConsolidationView.class);
		analyse(view);

		assertThat(chart(view, "shareWorked")).containsExactly("November 23, 2026: 41% 41.5%");
		assertThat(chart(view, "atContract")).containsExactly("November 23, 2026: 0 of 3 0.0%");
		assertThat(view.workers.getListDataView().getItems().map(WorkerLine::name)).containsExactly("Salarié 2",
				"Salariée 1", "Salariée 3");
		var alice = view.workers.getListDataView().getItems().filter(line -> line.id().equals("w1")).findFirst()
				.orElseThrow();
		assertThat(alice.idleMinutes()).isEqualTo(58);
		assertThat(alice.membersPerDay()).isEqualTo(1.5);
	}

	@Test
	void readsInFrench() {
		UI.getCurrent().setLocale(Locale.FRENCH);
		var gap = navigate(SkillsGapView.class);
		analyse(gap);
		assertThat(ScreenTexts.englishIn(gap)).isEmpty();

		var consolidation = navigate(ConsolidationView.class);
		analyse(consolidation);
		assertThat(ScreenTexts.englishIn(consolidation)).isEmpty();
		assertThat(chart(consolidation, "atContract")).containsExactly("23 novembre 2026: 0 sur 3 0.0%");
	}

	/** Analyses the example week and the one before, waits for the result and shows it. */
	private static void analyse(WeekRangeAnalysis<?> view) {
		view.from.setValue(ExampleWeek.WEEK.minusWeeks(1));
		view.to.setValue(ExampleWeek.WEEK);
		view.run.click();
		BackgroundWork.settle(view.running);
	}

	/** Each row of a chart: "label: value bar width". */
	private List<String> chart(WeekRangeAnalysis<?> view, String key) {
		var chart = $(Div.class).from(view.results).withClassName("dashboard-chart").all().stream()
				.filter(c -> key.equals(c.getElement().getAttribute("data-chart"))).findFirst().orElseThrow();
		return $(Div.class).from(chart).withClassName("dashboard-row").all().stream().map(row -> {
			var cells = row.getChildren().map(cell -> cell.getElement().getTextRecursively()).toList();
			var bar = $(Div.class).from(row).withClassName("dashboard-bar").single();
			return cells.get(0) + ": " + cells.get(2) + " " + bar.getWidth();
		}).toList();
	}

}
