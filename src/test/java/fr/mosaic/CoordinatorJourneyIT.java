package fr.mosaic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.security.UserAccountService;
import fr.mosaic.transfer.ProblemImporter;

/** In a real Chromium: a coordinator keeps the register and plans the coming week. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CoordinatorJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService accounts;

	@Autowired
	DataSource dataSource;

	@Autowired
	SystemAccess systemAccess;

	@Autowired
	ProblemImporter importer;

	@Autowired
	Clock clock;

	private Browser browser;

	@BeforeEach
	void startBrowser() {
		browser = new Browser(port, 1400, 1000);
	}

	@AfterEach
	void stopBrowser() {
		browser.close();
	}

	@Test
	void coordinatorAddsAMemberWithASiteAndFindsItInTheGrid() {
		logIn("journey");
		assertThat(visible(By.id("logout")).getText()).isEqualTo("Se déconnecter");

		browser.open("/members");
		visible(By.id("list-add")).click();
		browser.type(visible(By.id("member-code")), "JOURNEY-M1");
		browser.type(visible(By.id("member-name")), "Fromagerie du Plateau");
		visible(By.id("site-add")).click();
		browser.type(visible(By.cssSelector(".site-code")), "JOURNEY-S1");
		browser.type(visible(By.cssSelector(".site-name")), "Cave d'affinage");
		browser.type(visible(By.cssSelector(".site-lat")), "45.9");
		browser.type(visible(By.cssSelector(".site-lon")), "4.7");
		visible(By.id("form-save")).click();

		browser.type(visible(By.id("list-search")), "Plateau");
		browser.until(driver -> cellTexts().contains("Fromagerie du Plateau"));
		assertThat(cellTexts()).contains("JOURNEY-M1");
	}

	@Test
	void coordinatorPlansTheComingWeekAndReadsWhy() throws Exception {
		var comingMonday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		// other tests' skills could bear the demo's skill names under other ids, which an import refuses
		DatabaseCleaner.clean(dataSource);
		systemAccess.run(() -> importer.importProblem(new ProblemGenerator().generate(ProblemSize.DEMO, comingMonday)));

		logIn("planner");
		visible(By.id("plan-solve")).click();
		browser.until(driver -> driver.findElement(By.id("plan-status")).getText().startsWith("Brouillon"));

		// the board comes first: the week's days, and the shifts placed on them
		var board = visible(By.id("week-board"));
		browser.until(driver -> !board.findElements(By.cssSelector(".week-board-row [data-shift]")).isEmpty());
		// the text as rendered, whatever part of the board the window shows
		browser.until(driver -> browser.textOf(board).contains("lun."));
		assertThat(browser.textOf(board)).doesNotContain("!");
		browser.screenshot("screens/week-plan.png");
		assertThat(visible(By.id("plan-download")).getText()).isEqualTo("Télécharger le plan (JSON)");
	}

	@Test
	void dayTypedInAWeekFieldBecomesItsMonday() {
		logIn("weeks");
		browser.open("/import-export");
		var input = visible(By.id("export-week")).findElement(By.cssSelector("input"));
		// Enter commits what was typed, as a coordinator does
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "25/11/2026", Keys.ENTER);

		browser.until(driver -> "23/11/2026".equals(input.getDomProperty("value")));
	}

	/** Logs in as a new coordinator of that name. */
	private void logIn(String username) {
		systemAccess.run(() -> accounts.create(username, username + "-password", AppRoles.COORDINATOR));
		browser.logIn(username, username + "-password");
	}

	private String cellTexts() {
		return String.valueOf(browser.driver().executeScript(
				"return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join('|')"));
	}

	private WebElement visible(By by) {
		return browser.visible(by);
	}

}
