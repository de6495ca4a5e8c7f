package fr.mosaic.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;

/**
 * Adjusting the example week by hand from the board, where the bakery's Tuesday morning (r5, bookkeeping) was moved to
 * Monday morning, when Salariée 1, its only bookkeeper, is pinned at the bakery already: a shift from the tray assigned
 * from the solver's recommendations and pinned, and a rule-breaking assignment refused with the rule named, then kept
 * on an explicit override that the board marks.
 */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class ShiftEditorViewTest extends SpringBrowserlessTest {

	@Autowired
	ProblemImporter importer;

	@Autowired
	PlanStore planStore;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	private WeekPlanView view;

	private LocalDate comingMonday;

	@BeforeEach
	void openTheExampleWeek() throws Exception {
		DatabaseCleaner.clean(dataSource);
		comingMonday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		var monday = comingMonday.toString();
		var tuesday = comingMonday.plusDays(1).toString();
		importer.importJson(WeekPlanViewTest.exampleIn(comingMonday).replace(tuesday + "T08:00", monday + "T08:00")
				.replace(tuesday + "T12:00", monday + "T12:00"));
		view = navigate(WeekPlanView.class);
		view.refresh();
	}

	@Test
	void aShiftFromTheTrayIsAssignedFromTheRecommendationsThenPinned() {
		click(shift("r2#0"));
		var editor = editor();
		assertThat(editor.recommend.getText()).isEqualTo("Suggest a worker");
		assertThat(editor.pin.isVisible()).as("an uncovered shift is not pinned").isFalse();

		test(editor.recommend).click();

		var items = $(Div.class).from(editor.recommendations).withClassName("shift-recommendation").all();
		assertThat(items).isNotEmpty().hasSizeLessThanOrEqualTo(ShiftEditor.SHOWN);
		assertThat(items.getFirst().getElement().getTextRecursively()).contains("contracted", "covers 3 h more");

		test($(Button.class).id("assign-w1")).click();

		var block = shift("r2#0");
		assertThat(block.hasClassName("week-board-block")).as("on the board now, off the tray").isTrue();
		assertThat(block.getParent().orElseThrow().getParent().orElseThrow().getElement().getAttribute("data-worker"))
				.isEqualTo("w1");
		assertThat(editor().recommend.getText()).as("the shift stays chosen").isEqualTo("Reassign");

		test(editor().pin).click();

		assertThat(shift("r2#0").hasClassName("pinned")).isTrue();
		assertThat(editor().pin.getText()).isEqualTo("Unpin");
	}

	@Test
	void aRuleBreakingChoiceIsRefusedThenKeptOnlyOnAnExplicitOverride() {
		click(shift("r5#0"));
		test(editor().recommend).click();
		var bookkeeper = $(Div.class).from(editor().recommendations).withClassName("shift-recommendation").single();
		assertThat($(Span.class).from(bookkeeper).withClassName("shift-recommendation-breaks").single().getText())
				.startsWith("Breaks: ").contains("overlap");

		test($(Button.class).id("assign-w1")).click();

		var dialog = $(ConfirmDialog.class).single();
		assertThat(dialog.getElement().getProperty("message")).contains("overlap", "pinned");
		assertThat(shift("r5#0").hasClassName("week-board-uncovered")).as("refused: nothing changed").isTrue();

		ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));

		var block = shift("r5#0");
		assertThat(block.getClassNames()).contains("week-board-block", "overridden", "pinned");
		assertThat(block.getElement().getTextRecursively()).contains("Override: ");
		assertThat(view.publish.isEnabled()).as("an illegal week is not published").isFalse();
		assertThat(planStore.find(comingMonday).orElseThrow().overridden()).hasSize(1);
	}

	private Div shift(String key) {
		return $(Div.class).from(view.panels.board).withAttribute("data-shift", key).single();
	}

	private ShiftEditor editor() {
		return $(ShiftEditor.class).single();
	}

	private static void click(Div element) {
		ComponentUtil.fireEvent(element, new ClickEvent<>(element));
	}

}
