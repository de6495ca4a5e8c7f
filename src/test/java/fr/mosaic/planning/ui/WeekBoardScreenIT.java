package fr.mosaic.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.security.UserAccountService;
import fr.mosaic.transfer.ProblemImporter;

/**
 * The week board of the planned example week in a real browser, at 1280 px and on a tablet's 1024 px: the stylesheet is
 * served and places the blocks inside their day. Screenshots land in target/screens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WeekBoardScreenIT {

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService accounts;

	@Autowired
	SystemAccess systemAccess;

	@Autowired
	ProblemImporter importer;

	@Autowired
	PlanningService planning;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	private ChromeDriver browser;

	@BeforeEach
	void planTheExampleWeekAndStartBrowser() throws Exception {
		DatabaseCleaner.clean(dataSource);
		var monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		systemAccess.run(() -> {
			try {
				importer.importJson(WeekPlanViewTest.exampleIn(monday));
			} catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			accounts.create("board", "board-password", AppRoles.COORDINATOR);
		});
		var job = systemAccess.call(() -> planning.solveWeek(monday, Duration.ofSeconds(3), status -> {
		}));
		await().atMost(Duration.ofSeconds(60)).until(() -> systemAccess
				.call(() -> planning.status(job).map(status -> status.state().finished()).orElse(false)));
		var options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--window-size=1280,900", "--lang=fr-FR",
				"--disable-background-networking", "--disable-component-update", "--no-first-run");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
				.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void stopBrowser() {
		browser.quit();
	}

	@Test
	void blocksSitInsideTheirDayAtEveryWidth() throws Exception {
		var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
		browser.get("http://localhost:" + port + "/login");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
				.sendKeys("board");
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys("board-password\n");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".week-board-block")));
		Files.createDirectories(Path.of("target/screens"));
		for (var width : new int[] { 1280, 1024 }) {
			browser.manage().window().setSize(new Dimension(width, 900));
			Thread.sleep(500);
			Files.write(Path.of("target/screens/week-board-" + width + ".png"),
					browser.getScreenshotAs(OutputType.BYTES));
			for (WebElement block : browser.findElements(By.cssSelector(".week-board-block"))) {
				var day = block.findElement(By.xpath(".."));
				assertThat(block.getCssValue("position")).as("the stylesheet is loaded").isEqualTo("absolute");
				assertThat(block.getRect().getX()).isGreaterThanOrEqualTo(day.getRect().getX());
				assertThat(block.getRect().getX() + block.getRect().getWidth())
						.isLessThanOrEqualTo(day.getRect().getX() + day.getRect().getWidth() + 1);
			}
		}
		assertThat((String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText"))
				.doesNotContain("!planning");
	}

}
