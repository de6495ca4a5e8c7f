package fr.mosaic.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.mosaic.Browser;
import fr.mosaic.DatabaseCleaner;
import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.security.UserAccountService;
import fr.mosaic.transfer.ProblemImporter;

/**
 * In a real Chromium, the coordinator's Monday on the demo group: open the coming week, solve it and watch the board
 * fill while the solver runs, reassign a shift from the recommendations, pin it, solve again and find it kept, publish;
 * then a worker falls ill, the board marks what no longer fits, the week is reopened, re-planned, its changes read and
 * published again. Screenshots of each step land in {@code target/screenshots/}; the times from a click to the board
 * redrawn are printed. {@code -Djourney.size=L} measures those times on the benchmark's L group instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanningBoardJourneyIT {

	static final String SIZE_PROPERTY = "journey.size";

	static final ProblemSize SIZE = ProblemSize.valueOf(System.getProperty(SIZE_PROPERTY, "DEMO"));

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

	private Browser browser;

	private LocalDate monday;

	@BeforeEach
	void importTheDemoWeekAndLogIn() {
		DatabaseCleaner.clean(dataSource);
		monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		systemAccess.run(() -> {
			importer.importProblem(new ProblemGenerator().generate(ProblemSize.DEMO, monday));
			if (accounts.findAll().stream().noneMatch(account -> account.username().equals("lundi"))) {
				accounts.create("lundi", "lundi-password", AppRoles.COORDINATOR);
			}
		});
		browser = new Browser(port, 1400, 1000);
		browser.logIn("lundi", "lundi-password");
	}

	@AfterEach
	void closeTheBrowser() {
		browser.close();
		DatabaseCleaner.clean(dataSource);
	}

	@Test
	void solveAdjustPublishThenReplanAnIllness() {
		// the planning screen opens on the coming week, not planned yet
		var status = browser.visible(By.id("plan-status"));
		browser.until(driver -> status.getText().startsWith("Aucun planning"));
		browser.screenshot("screenshots/1-board-before-solving.png");

		// the board fills with the best plan so far while the solver still runs
		var firstRedraw = solveUntilTheBoardFills();
		assertThat(status()).as("no 'no plan' above the plan coming").doesNotStartWith("Aucun planning");
		browser.screenshot("screenshots/2-board-while-solving.png");
		awaitDraft();
		browser.screenshot("screenshots/3-board-after-solving.png");

		// reassign a shift from the solver's recommendations: the first whose list offers a legal other worker
		String shift = null;
		WebElement choice = null;
		// a shift of each worker in turn: a fully booked worker's shifts have no taker but them
		var candidates = new ArrayList<String>();
		var perRow = rows().stream().map(row -> blocksOf(row).stream().map(b -> b.getAttribute("data-shift")).toList())
				.toList();
		var longest = perRow.stream().mapToInt(List::size).max().orElse(0);
		for (var turn = 0; turn < longest; turn++) {
			for (var shifts : perRow) {
				if (turn < shifts.size() && !candidates.contains(shifts.get(turn))) {
					candidates.add(shifts.get(turn));
				}
			}
		}
		for (var key : candidates) {
			browser.click(block(key));
			// choosing another shift clears the last one's recommendations
			browser.until(driver -> driver.findElements(By.cssSelector(".shift-recommendation")).isEmpty());
			browser.visible(By.id("shift-recommend")).click();
			browser.until(driver -> !driver.findElements(By.cssSelector(".shift-recommendation")).isEmpty());
			choice = legalOtherWorker();
			if (choice != null) {
				shift = key;
				break;
			}
		}
		assertThat(choice).as("a shift another worker could take legally").isNotNull();
		var edited = shift;
		browser.screenshot("screenshots/4-recommendations.png");
		var before = workerOf(edited);
		var after = choice.getAttribute("id").substring("assign-".length());
		assertThat(after).isNotEqualTo(before);
		var editClicked = System.nanoTime();
		browser.click(choice);
		browser.until(driver -> after.equals(workerOf(edited)));
		var editRedraw = elapsedMillis(editClicked);

		// pin it, solve again: the pin holds
		browser.visible(By.id("shift-pin")).click();
		browser.until(driver -> block(edited).getAttribute("class").contains("pinned"));
		var start = block(edited).getAttribute("title");
		browser.visible(By.id("plan-solve")).click();
		browser.until(driver -> solving());
		awaitDraft();
		assertThat(workerOf(edited)).isEqualTo(after);
		assertThat(block(edited).getAttribute("class")).contains("pinned");
		assertThat(block(edited).getAttribute("title")).isEqualTo(start);

		publish();
		browser.screenshot("screenshots/5-published.png");

		// a worker without the pinned shift falls ill for the whole week
		var ill = rows().stream().filter(row -> !row.equals(after) && !blocksOf(row).isEmpty()).findFirst()
				.orElseThrow();
		var illShifts = blocksOf(ill).stream().map(b -> b.getAttribute("data-shift")).toList();
		var illName = browser.textOf(browser.driver()
				.findElement(By.cssSelector(".week-board-row[data-worker='" + ill + "'] .week-board-name")));
		declareIll(illName);

		browser.open("/");
		browser.until(driver -> status().contains("le registre a changé"));
		assertThat(illShifts).allSatisfy(
				key -> assertThat(block(key).getAttribute("class")).as(key + " no longer fits").contains("breaks"));
		browser.screenshot("screenshots/6-illness-marked.png");

		browser.visible(By.id("plan-reopen")).click();
		browser.until(driver -> status().contains("Rouvert"));
		browser.visible(By.id("plan-solve")).click();
		browser.until(driver -> solving());
		awaitDraft();
		var changes = browser.visible(By.id("plan-changes-title")).getText();
		assertThat(changes).contains("par rapport au planning publié").doesNotStartWith("Aucun");
		var changedShifts = browser.textOf(browser.visible(By.cssSelector("vaadin-grid#plan-changes")));
		assertThat(changedShifts).contains(illName);
		assertThat(blocksOf(ill)).as("no shift left to the ill worker").isEmpty();
		browser.screenshot("screenshots/7-changes-before-publishing-again.png");

		publish();
		System.out.printf("Planning board journey on the %s week: solve click to first redraw %d ms, "
				+ "assignment click to redrawn board %d ms%n", SIZE, firstRedraw, editRedraw);
	}

	/**
	 * The times from Solve to the first redraw of the board, from choosing a shift to its recommendations, and from an
	 * edit (taking a shift from its worker) to the redrawn board: on the demo group, or on {@code -Djourney.size}'s.
	 * Printed, never asserted: speed is read, not tested; what is asserted is that each step redraws the board.
	 */
	@Test
	void timesOfTheBoard() {
		if (SIZE != ProblemSize.DEMO) {
			DatabaseCleaner.clean(dataSource);
			systemAccess.run(() -> importer.importProblem(new ProblemGenerator().generate(SIZE, monday)));
			browser.open("/");
		}
		var firstRedraw = solveUntilTheBoardFills();
		awaitDraft();
		var shift = blocks().getFirst().getAttribute("data-shift");
		browser.click(block(shift));
		var asked = System.nanoTime();
		browser.visible(By.id("shift-recommend")).click();
		browser.until(driver -> !driver.findElements(By.cssSelector(".shift-recommendation")).isEmpty());
		var recommended = elapsedMillis(asked);
		var edited = System.nanoTime();
		browser.visible(By.id("shift-unassign")).click();
		browser.until(driver -> block(shift).getAttribute("class").contains("week-board-uncovered"));
		var editRedraw = elapsedMillis(edited);
		browser.screenshot("screenshots/" + SIZE + "-after-edit.png");
		System.out.printf("Planning board on the %s week: solve click to first redraw %d ms, recommendations %d ms, "
				+ "edit click to redrawn board %d ms%n", SIZE, firstRedraw, recommended, editRedraw);
	}

	/** The assign button of the first recommended worker, not the current one, who breaks no legal rule. */
	private @Nullable WebElement legalOtherWorker() {
		return browser.driver().findElements(By.cssSelector(".shift-recommendation")).stream()
				.filter(card -> card.findElements(By.cssSelector(".shift-recommendation-breaks")).isEmpty())
				.map(card -> card.findElement(By.cssSelector("vaadin-button[id^='assign-']")))
				.filter(button -> button.getAttribute("disabled") == null).findFirst().orElse(null);
	}

	/** Declares the worker unavailable all week in the register, as a call saying they are ill would. */
	private void declareIll(String name) {
		browser.open("/workers");
		browser.type(browser.visible(By.id("list-search")), name);
		browser.until(driver -> !driver.findElements(By.xpath("//vaadin-grid-cell-content[text()='" + name + "']"))
				.isEmpty());
		browser.click(browser.driver().findElement(By.xpath("//vaadin-grid-cell-content[text()='" + name + "']")));
		// the form is taller than the window: click where it is, whatever overlaps it
		browser.click(browser.visible(By.id("worker-unavailability-add")));
		var day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		period(".period-start", day.format(monday));
		period(".period-end", day.format(monday.plusWeeks(1)));
		browser.type(browser.visible(By.cssSelector(".period-reason")), "Maladie");
		browser.click(browser.visible(By.id("form-save")));
		browser.awaitSettled();
	}

	private void period(String picker, String date) {
		var field = browser.visible(By.cssSelector("vaadin-date-time-picker" + picker));
		field.findElement(By.cssSelector("vaadin-date-picker input")).sendKeys(date, Keys.ENTER);
		field.findElement(By.cssSelector("vaadin-time-picker input")).sendKeys("00:00", Keys.ENTER, Keys.TAB);
	}

	private void publish() {
		browser.visible(By.id("plan-publish")).click();
		browser.visible(By.cssSelector("vaadin-confirm-dialog [slot='confirm-button']")).click();
		browser.until(driver -> status().startsWith("Publié"));
	}

	/**
	 * Clicks Solve and waits until the browser has shown shift blocks while the solving line was on screen: watched in
	 * the page itself, so that a board drawn between two polls of the test still counts.
	 *
	 * @return milliseconds from the click to that moment, as the test saw it
	 */
	private long solveUntilTheBoardFills() {
		browser.driver().executeScript("""
				window.boardWhileSolving = false;
				const look = () => {
					const solving = document.getElementById('plan-solving');
					if (solving && solving.offsetParent !== null
							&& document.querySelector('.week-board-row .week-board-block[data-shift]')) {
						window.boardWhileSolving = true;
					}
				};
				new MutationObserver(look).observe(document.body,
						{ childList: true, subtree: true, attributes: true, characterData: true });""");
		var clicked = System.nanoTime();
		browser.visible(By.id("plan-solve")).click();
		try {
			browser.until(
					driver -> Boolean.TRUE.equals(browser.driver().executeScript("return window.boardWhileSolving")));
		} catch (TimeoutException ex) {
			throw new AssertionError("the board never showed a plan while solving; solving line shown: %s, status: %s, "
					+ "blocks: %d".formatted(solving(), status(), blocks().size()), ex);
		}
		return elapsedMillis(clicked);
	}

	private void awaitDraft() {
		browser.until(driver -> !solving() && status().startsWith("Brouillon")
				&& driver.findElement(By.id("plan-solve")).getAttribute("disabled") == null);
	}

	private boolean solving() {
		return browser.driver().findElements(By.cssSelector("#plan-solving")).stream()
				.anyMatch(WebElement::isDisplayed);
	}

	private String status() {
		return browser.driver().findElement(By.id("plan-status")).getText();
	}

	private List<WebElement> blocks() {
		return browser.driver().findElements(By.cssSelector(".week-board-row .week-board-block[data-shift]"));
	}

	private WebElement block(String shift) {
		return browser.driver().findElement(By.cssSelector("#week-board [data-shift='" + shift + "']"));
	}

	private List<String> rows() {
		return browser.driver().findElements(By.cssSelector(".week-board-row[data-worker]")).stream()
				.map(row -> row.getAttribute("data-worker")).toList();
	}

	private List<WebElement> blocksOf(String worker) {
		return browser.driver()
				.findElements(By.cssSelector(".week-board-row[data-worker='" + worker + "'] .week-board-block"));
	}

	/** The worker whose row holds the shift's block. */
	private String workerOf(String shift) {
		return String.valueOf(browser.driver()
				.executeScript("return arguments[0].closest('.week-board-row').dataset.worker", block(shift)));
	}

	private static long elapsedMillis(long since) {
		return Duration.ofNanos(System.nanoTime() - since).toMillis();
	}

}
