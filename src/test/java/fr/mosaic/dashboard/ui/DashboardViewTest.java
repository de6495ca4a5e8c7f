package fr.mosaic.dashboard.ui;

import static fr.mosaic.planning.ClockChangeWeeks.SPRING_FORWARD;
import static fr.mosaic.planning.ClockChangeWeeks.plan;
import static fr.mosaic.planning.ClockChangeWeeks.springNight;
import static fr.mosaic.planning.ClockChangeWeeks.storeWindowStart;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.base.ui.ScreenTexts;
import fr.mosaic.planning.ExampleWeek;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.WeekPlanService;

/**
 * The dashboard over the spec's example week, stored with its feasible plan as the draft, and the six weeks before it,
 * which have none. The weeks are read in the background: each test waits for them.
 */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class DashboardViewTest extends SpringBrowserlessTest {

	@Autowired
	ProblemImporter importer;

	@Autowired
	PlanStore planStore;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	DataSource dataSource;

	private DashboardView view;

	@BeforeEach
	void storeTheExampleWeek() {
		DatabaseCleaner.clean(dataSource);
		ExampleWeek.storeWithDraft(importer, planStore);
	}

	@Test
	void showsTheChosenWeeksFiguresInWordsAndEachFigureOverTheWeeks() {
		view = navigate(DashboardView.class);
		view.week.setValue(ExampleWeek.WEEK);
		BackgroundWork.settle(view.running);

		assertThat(view.status.getText()).isEqualTo("Draft");
		assertThat(texts(view.cards)).containsExactly("Coverage 100%", "Workers at contract 0 of 3",
				"Contract hours billed to no member 55 h", "Hours above contract 0 h",
				"Employers per worker per day 1.14", "Travel 2 min");
		assertThat(chart("coverage")).containsExactly("October 12, 2026: No plan", "October 19, 2026: No plan",
				"October 26, 2026: No plan", "November 2, 2026: No plan", "November 9, 2026: No plan",
				"November 16, 2026: No plan", "November 23, 2026: 100% (100.0%, draft)");
	}

	@Test
	void scalesAnHourFigureToItsLargestWeekAndAShareToAWholeBar() {
		// the week before with only its pinned shift planned: Salariée 1's 4 h at the bakery
		importer.importJson(ExampleWeek.problemIn(ExampleWeek.WEEK.minusWeeks(1)));
		weekPlans.publish(ExampleWeek.WEEK);

		view = navigate(DashboardView.class);
		view.week.setValue(ExampleWeek.WEEK.plusWeeks(1));
		BackgroundWork.settle(view.running);

		assertThat(view.status.getText()).isEqualTo("No plan");
		assertThat(view.cards.isVisible()).isFalse();
		// 5400 min unbilled the week before, 3300 in the example week
		assertThat(chart("unbilled")).endsWith("November 16, 2026: 90 h (100.0%, draft)",
				"November 23, 2026: 55 h (61.1%, published)", "November 30, 2026: No plan");
		assertThat(chart("coverage")).contains("November 16, 2026: 10% (10.3%, draft)");
	}

	@Test
	void aWeekWhoseStoredDataBreaksARuleIsNamedAmongTheOthers() {
		// a register of its own: the spring week's skills bear the example's names under other ids
		DatabaseCleaner.clean(dataSource);
		importer.importProblem(springNight());
		planStore.storeDraft(
				plan(springNight(), "2026-03-29T00:00", "2026-03-29T01:00", "2026-03-29T03:00", "2026-03-29T04:00"));
		storeWindowStart(dataSource, "r1", "2026-03-29T02:30");

		view = navigate(DashboardView.class);
		view.week.setValue(SPRING_FORWARD.plusWeeks(1));
		BackgroundWork.settle(view.running);

		assertThat(chart("travel")).endsWith("March 23, 2026: Data to correct: see the week plan",
				"March 30, 2026: No plan");
	}

	@Test
	void readsInFrenchWithFiguresShown() {
		UI.getCurrent().setLocale(Locale.FRENCH);
		view = navigate(DashboardView.class);
		view.week.setValue(ExampleWeek.WEEK);
		BackgroundWork.settle(view.running);

		assertThat(ScreenTexts.englishIn(view)).isEmpty();
		assertThat(texts(view.cards)).contains("Salariés au contrat 0 sur 3", "Trajets 2 min");
	}

	/** Each row of a figure's chart: "week: value (bar width, state)", or "week: why it has no bar". */
	private List<String> chart(String figure) {
		var chart = $(Div.class).from(view.charts).withClassName("dashboard-chart").all().stream()
				.filter(c -> figure.equals(c.getElement().getAttribute("data-figure"))).findFirst().orElseThrow();
		return $(Div.class).from(chart).withClassName("dashboard-row").all().stream().map(row -> {
			var cells = row.getChildren().map(cell -> cell.getElement().getTextRecursively()).toList();
			if (row.hasClassName("empty")) {
				return cells.get(0) + ": " + cells.get(1);
			}
			var bar = $(Div.class).from(row).withClassName("dashboard-bar").single();
			return cells.get(0) + ": " + cells.get(2) + " (" + bar.getWidth() + ", "
					+ (bar.hasClassName("published") ? "published" : "draft") + ")";
		}).toList();
	}

	/** The texts of each child, its own children's texts joined by spaces. */
	private static List<String> texts(Component parent) {
		return parent.getChildren()
				.map(child -> child.getChildren().map(c -> c.getElement().getText()).collect(Collectors.joining(" ")))
				.toList();
	}

}
