package fr.mosaic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
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

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void startBrowser() {
		var options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--lang=fr-FR");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
		browser = new ChromeDriver(new ChromeDriverService.Builder()
				.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(60));
	}

	@AfterEach
	void stopBrowser() {
		browser.quit();
	}

	@Test
	void coordinatorAddsAMemberWithASiteAndFindsItInTheGrid() {
		logIn("journey");
		assertThat(browser.findElement(By.id("logout")).getText()).isEqualTo("Se déconnecter");

		browser.get(url("/members"));
		visible(By.id("list-add")).click();
		type(visible(By.id("member-code")), "JOURNEY-M1");
		type(visible(By.id("member-name")), "Fromagerie du Plateau");
		visible(By.id("site-add")).click();
		type(visible(By.cssSelector(".site-code")), "JOURNEY-S1");
		type(visible(By.cssSelector(".site-name")), "Cave d'affinage");
		type(visible(By.cssSelector(".site-lat")), "45.9");
		type(visible(By.cssSelector(".site-lon")), "4.7");
		visible(By.id("form-save")).click();

		type(visible(By.id("list-search")), "Plateau");
		wait.until(driver -> cellTexts().contains("Fromagerie du Plateau"));
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
		wait.until(driver -> driver.findElement(By.id("plan-status")).getText().startsWith("Brouillon"));

		// the board comes first: the week's days, and the shifts placed on them
		var board = visible(By.id("week-board"));
		wait.until(driver -> !board.findElements(By.cssSelector(".week-board-row [data-shift]")).isEmpty());
		// the text as rendered, whatever part of the board the window shows
		wait.until(driver -> textOf(board).contains("lun."));
		assertThat(textOf(board)).doesNotContain("!");
		Files.createDirectories(Path.of("target/screens"));
		Files.write(Path.of("target/screens/week-plan.png"), browser.getScreenshotAs(OutputType.BYTES));
		assertThat(visible(By.id("plan-download")).getText()).isEqualTo("Télécharger le plan (JSON)");
	}

	@Test
	void dayTypedInAWeekFieldBecomesItsMonday() {
		logIn("weeks");
		browser.get(url("/import-export"));
		var input = visible(By.id("export-week")).findElement(By.cssSelector("input"));
		// Enter commits what was typed, as a coordinator does
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "25/11/2026", Keys.ENTER);

		wait.until(driver -> "23/11/2026".equals(input.getDomProperty("value")));
	}

	/** Logs in as a new coordinator of that name. */
	private void logIn(String username) {
		systemAccess.run(() -> accounts.create(username, username + "-password", AppRoles.COORDINATOR));
		browser.get(url("/login"));
		visible(By.cssSelector("input[name='username']")).sendKeys(username);
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys(username + "-password", Keys.ENTER);
		visible(By.id("logout"));
	}

	private String textOf(WebElement element) {
		return String.valueOf(browser.executeScript("return arguments[0].textContent", element));
	}

	private String cellTexts() {
		return String.valueOf(browser.executeScript(
				"return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join('|')"));
	}

	private WebElement visible(By by) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** Types into a Vaadin field's inner input, then leaves it so the value reaches the server. */
	private void type(WebElement field, String text) {
		var input = field.getTagName().startsWith("vaadin-") ? field.findElement(By.cssSelector("input")) : field;
		input.sendKeys(text, Keys.TAB);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
