package fr.mosaic.consolidation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.mosaic.Browser;
import fr.mosaic.DatabaseCleaner;
import fr.mosaic.consolidation.ComingDemoWeek;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.security.UserAccountService;
import fr.mosaic.transfer.ProblemImporter;

/**
 * In a real Chromium, on the demo group's coming week, planned: the coordinator opens the what-ifs, runs the hiring
 * scenarios, follows their progress and reads each scenario's figures side by side. The time from the click to the
 * result shown is printed; screenshots land in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HiringScenariosJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService accounts;

	@Autowired
	SystemAccess systemAccess;

	@Autowired
	ProblemImporter importer;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	@Autowired
	PlanningService planning;

	private Browser browser;

	@BeforeEach
	void importTheDemoWeekAndLogIn() {
		var monday = ComingDemoWeek.imported(dataSource, systemAccess, importer, clock);
		ComingDemoWeek.planned(planning, systemAccess, monday, 1);
		systemAccess.run(() -> {
			if (accounts.findAll().stream().noneMatch(account -> account.username().equals("embauche"))) {
				accounts.create("embauche", "embauche-password", AppRoles.COORDINATOR);
			}
		});
		browser = new Browser(port, 1400, 1000);
		browser.logIn("embauche", "embauche-password");
	}

	@AfterEach
	void closeTheBrowser() {
		browser.close();
		DatabaseCleaner.clean(dataSource);
	}

	@Test
	void runTheHiringScenariosAndReadThem() {
		browser.open("/what-if");
		var result = browser.visible(By.id("whatif-result"));
		browser.until(driver -> browser.textOf(result).contains("Aucune simulation"));
		browser.screenshot("screenshots/what-if-1-before.png");

		var clicked = System.nanoTime();
		browser.click(browser.visible(By.id("whatif-run")));
		// the progress is said while the copies are solved, and the run can be stopped meanwhile
		var progress = browser.visible(By.id("whatif-progress"));
		browser.until(driver -> browser.textOf(progress).contains("référence")
				|| browser.textOf(progress).contains("résolue"));
		assertThat(browser.textOf(progress)).doesNotContain("pas de planning enregistré");
		assertThat(browser.visible(By.id("whatif-cancel")).getAttribute("disabled")).isNull();
		browser.screenshot("screenshots/what-if-2-running.png");

		var scenarios = browser.until(driver -> {
			var found = driver.findElements(By.id("whatif-scenarios"));
			return found.isEmpty() ? null : found.getFirst();
		});
		var elapsed = Duration.ofNanos(System.nanoTime() - clicked);
		browser.awaitSettled();
		System.out.printf("What-if journey: hiring scenarios of the demo week shown %d ms after the click%n",
				elapsed.toMillis());
		browser.screenshot("screenshots/what-if-3-scenarios.png");

		assertThat(browser.textOf(progress)).isEqualTo("Simulation terminée et enregistrée.");
		var text = browser.textOf(scenarios);
		assertThat(text).contains("Une embauche", "n°1 : ", "Heures couvertes", "Contrat rempli",
				"Heures perdues par les salariés");
		assertThat(browser.textOf(browser.visible(By.id("whatif-analyses")))).contains("embauche");
	}

}
