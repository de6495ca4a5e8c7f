package fr.mosaic.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.mosaic.Browser;
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

	private Browser browser;

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
		browser = new Browser(port, 1280, 900);
	}

	@AfterEach
	void stopBrowser() {
		browser.close();
	}

	@Test
	void blocksSitInsideTheirDayAtEveryWidth() throws Exception {
		browser.logIn("board", "board-password");
		browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".week-board-block")));
		for (var width : new int[] { 1280, 1024 }) {
			browser.resize(width, 900);
			Thread.sleep(500);
			browser.screenshot("screens/week-board-" + width + ".png");
			for (WebElement block : browser.driver().findElements(By.cssSelector(".week-board-block"))) {
				var day = block.findElement(By.xpath(".."));
				assertThat(block.getCssValue("position")).as("the stylesheet is loaded").isEqualTo("absolute");
				assertThat(block.getRect().getX()).isGreaterThanOrEqualTo(day.getRect().getX());
				assertThat(block.getRect().getX() + block.getRect().getWidth())
						.isLessThanOrEqualTo(day.getRect().getX() + day.getRect().getWidth() + 1);
			}
		}
		assertThat((String) browser.driver().executeScript("return document.body.innerText"))
				.doesNotContain("!planning");
	}

}
