package fr.mosaic.planning.ui;

import static fr.mosaic.planning.ClockChangeWeeks.SPRING_FORWARD;
import static fr.mosaic.planning.ClockChangeWeeks.plan;
import static fr.mosaic.planning.ClockChangeWeeks.springNight;
import static fr.mosaic.planning.ClockChangeWeeks.storeWindowStart;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;

/**
 * A stored week with a window at a time the clocks skip (older data) is planned or opened on screen: the coordinator
 * reads which request and which time, in French, instead of a generic error.
 */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class InvalidWeekViewTest extends SpringBrowserlessTest {

	static final String SAID = """
			Cette semaine ne peut pas être planifiée : ses données enregistrées enfreignent une règle du format \
			d'échange. Corrigez-les dans le registre :
			demande « r1 » ($.requests[0].windows[0].start) : 2026-03-29T02:30 n'existe pas dans le fuseau \
			Europe/Paris : l'horloge saute cette heure""";

	@Autowired
	ProblemImporter importer;

	@Autowired
	PlanStore planStore;

	@Autowired
	PlanningService planning;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void storeTheSpringNightInFrench() {
		DatabaseCleaner.clean(dataSource);
		importer.importProblem(springNight());
		UI.getCurrent().setLocale(Locale.FRENCH);
	}

	@Test
	void planningItSaysWhichRequestAndTimeAndStartsNothing() {
		storeWindowStart(dataSource, "r1", "2026-03-29T02:30");
		var view = navigate(WeekPlanView.class);
		view.week.setValue(SPRING_FORWARD);

		test(view.solve).click();

		assertThat(view.status.getText()).isEqualTo(SAID);
		assertThat(planning.status(PlanningService.weekJobId(SPRING_FORWARD))).isEmpty();
		assertThat(view.solve.isEnabled()).isTrue();
		assertThat(view.stop.isEnabled()).isFalse();
	}

	@Test
	void openingItsStoredPlanSaysSoInsteadOfShowingIt() {
		planStore.storeDraft(
				plan(springNight(), "2026-03-29T00:00", "2026-03-29T01:00", "2026-03-29T03:00", "2026-03-29T04:00"));
		storeWindowStart(dataSource, "r1", "2026-03-29T02:30");
		var view = navigate(WeekPlanView.class);

		view.week.setValue(SPRING_FORWARD);

		assertThat(view.status.getText()).isEqualTo(SAID);
		assertThat(view.download.isVisible()).isFalse();
		assertThat(view.publish.isEnabled()).isFalse();
	}

}
