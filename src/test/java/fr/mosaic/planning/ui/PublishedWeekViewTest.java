package fr.mosaic.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Div;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.planning.ExampleWeek;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.Unavailability;
import fr.mosaic.worker.WorkerService;

/**
 * A published week stands as it was published: when the register changes under it (a worker's new leave), the board
 * marks the shifts that no longer fit and says so, rather than showing a new score; it offers no editing until it is
 * reopened.
 */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class PublishedWeekViewTest extends SpringBrowserlessTest {

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
	WorkerService workers;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void publishTheExampleWeek() {
		DatabaseCleaner.clean(dataSource);
		ExampleWeek.publishSolved(importer, planning, weekPlans);
	}

	@Test
	void aNewLeaveMarksTheShiftsThatNoLongerFitWithoutRescoringThePublishedWeek() {
		var storedBefore = planStore.find(WEEK).orElseThrow();
		// Salariée 1 has the pinned Monday morning at the bakery: she falls ill on Monday
		var alice = workers.findByCode("w1").orElseThrow();
		var leave = new ArrayList<>(alice.getUnavailability());
		leave.add(new Unavailability(WEEK.atStartOfDay(), WEEK.plusDays(1).atStartOfDay(), "malade"));
		alice.setUnavailability(leave);
		workers.save(alice);

		var view = navigate(WeekPlanView.class);
		view.week.setValue(WEEK);
		view.refresh();

		assertThat(view.status.getText()).startsWith("Published — all legal rules kept when published")
				.contains("The register changed since publication: ");
		var monday = $(Div.class).from(view.panels.board).withAttribute("data-shift", "r1#0").single();
		assertThat(monday.hasClassName("breaks")).isTrue();
		assertThat(monday.getElement().getTextRecursively()).contains("No longer fits: ");
		assertThat(planStore.find(WEEK).orElseThrow().shifts()).as("the published plan is untouched")
				.isEqualTo(storedBefore.shifts());

		ComponentUtil.fireEvent(monday, new ClickEvent<>(monday));

		assertThat($(ShiftEditor.class).all()).as("a published week is corrected by reopening it").isEmpty();
	}

}
