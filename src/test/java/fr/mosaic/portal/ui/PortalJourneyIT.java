package fr.mosaic.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Objects;
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

import fr.mosaic.Browser;
import fr.mosaic.DatabaseCleaner;
import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.member.MemberService;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.NewAccount;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.security.UserAccountService;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlannedShift;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.WorkerService;

/**
 * In a real Chromium, on the demo group's coming week: a member opens its account from an invitation, asks for a
 * flexible need on its home screen, the coordinator solves and publishes the week on the board, and the member reads
 * who comes in its published schedule; a worker changes its initial password, reads its published week and declares a
 * day off, which the coordinator's board hatches. Screenshots of each step land in
 * {@code target/screenshots/portal-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalJourneyIT {

	private static final String COORDINATOR = "portail";

	private static final String PASSWORD = "portail-password";

	private static final DateTimeFormatter TYPED_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService accounts;

	@Autowired
	SystemAccess systemAccess;

	@Autowired
	ProblemImporter importer;

	@Autowired
	MemberService members;

	@Autowired
	WorkerService workers;

	@Autowired
	WeekPlanService plans;

	@Autowired
	RequestService requests;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	private Browser browser;

	private LocalDate monday;

	private ProblemDocument demo;

	@BeforeEach
	void importTheDemoWeek() {
		DatabaseCleaner.clean(dataSource);
		monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		demo = new ProblemGenerator().generate(ProblemSize.DEMO, monday);
		systemAccess.run(() -> {
			importer.importProblem(demo);
			if (accounts.findAll().stream().noneMatch(account -> account.username().equals(COORDINATOR))) {
				accounts.create(COORDINATOR, PASSWORD, AppRoles.COORDINATOR);
			}
		});
		browser = new Browser(port, 1400, 1000);
	}

	@AfterEach
	void closeTheBrowser() {
		browser.close();
		DatabaseCleaner.clean(dataSource);
	}

	@Test
	void memberAsksForAFlexibleNeedAndReadsWhoComes() {
		var demoMember = demo.members().getFirst();
		var memberId = systemAccess.call(() -> members.findByCode(demoMember.id()).orElseThrow().getId());
		var token = systemAccess.call(() -> accounts.invite(NewAccount.member("adherent-portail", memberId)));
		// the skill the demo's workers have most hours of to spare: a short solve covers the new need
		var skill = demo.skills().stream().max(Comparator.comparingLong(s -> spareMinutes(s.id()))).orElseThrow()
				.name();
		var site = demoMember.sites().getFirst().name();

		// the invitation link opens the account with a password of the member's choosing
		browser.open("/invitation/" + token);
		browser.until(driver -> browser.textOf(driver.findElement(By.tagName("body"))).contains("adherent-portail"));
		choosePassword("Enregistrer le mot de passe", "portal-1-member-invitation", "adherent-mot-de-passe",
				"adherent-mot-de-passe");

		// the member lands on its requests
		logInAndLand("adherent-portail", "adherent-mot-de-passe", "/my-requests", demoMember.name());
		browser.screenshot("screenshots/portal-2-member-home.png");

		// a flexible need: two blocks of three hours, on two days, Tuesday or Thursday between 8:00 and 18:00
		browser.click(browser.visible(By.id("list-add")));
		browser.click(browser.visible(
				By.xpath("//vaadin-radio-button[contains(., 'Un besoin souple')]//input | //vaadin-radio-button"
						+ "[contains(., 'Un besoin souple')]")));
		choose(By.id("request-site"), site);
		choose(By.id("request-skill"), skill);
		replace(By.id("request-duration"), "180");
		replace(By.id("request-count"), "2");
		browser.click(browser.visible(By.id("request-distinct-days")));
		window(0, "mardi");
		window(1, "jeudi");
		browser.screenshot("screenshots/portal-3-member-request-form.png");
		browser.click(browser.visible(By.id("form-save")));
		browser.until(driver -> cellTexts().contains("jeu. 08:00–18:00"));
		var requestId = newRequestOf(memberId, demoMember.id());
		assertThat(cellTexts()).contains(site);
		browser.screenshot("screenshots/portal-4-member-request-listed.png");

		// the coordinator solves and publishes the week
		browser.logOut();
		browser.logIn(COORDINATOR, PASSWORD);
		solveAndPublish();
		browser.screenshot("screenshots/portal-5-coordinator-published.png");

		// the member reads who comes for its request in the published week
		var shifts = systemAccess.call(() -> plans.publishedShiftsOfMember(memberId, monday)).stream()
				.filter(shift -> Objects.equals(shift.getRequest().getId(), requestId)).toList();
		assertThat(shifts).as("the member's new request is covered").isNotEmpty();
		var worker = Objects.requireNonNull(shifts.getFirst().getWorker()).getName();
		browser.logOut();
		// back to its home after the coordinator's logout, not to the coordinator's root
		logInAndLand("adherent-portail", "adherent-mot-de-passe", "/my-requests", demoMember.name());
		browser.open("/my-schedule");
		showWeek();
		browser.until(driver -> cellTexts().contains(worker));
		assertThat(cellTexts()).contains(hours(shifts.getFirst()));
		browser.screenshot("screenshots/portal-6-member-schedule.png");
	}

	@Test
	void workerReadsItsWeekAndDeclaresADayTheBoardShows() {
		browser.logIn(COORDINATOR, PASSWORD);
		solveAndPublish();
		// the worker of the board's first row with shifts
		var code = browser.driver().findElements(By.cssSelector(".week-board-row[data-worker]")).stream()
				.filter(row -> !row.findElements(By.cssSelector(".week-board-block")).isEmpty()).findFirst()
				.orElseThrow().getAttribute("data-worker");
		var worker = systemAccess.call(() -> workers.findByCode(code).orElseThrow());
		var shifts = systemAccess.call(() -> plans.publishedShiftsOf(worker.getId(), monday));
		systemAccess.run(() -> accounts.createWithPassword(NewAccount.worker("salarie-portail", worker.getId()),
				"mot-de-passe-initial"));
		browser.logOut();

		// an initial password opens only the account screen, until it is changed
		browser.logIn("salarie-portail", "mot-de-passe-initial");
		browser.until(driver -> driver.getCurrentUrl().endsWith("/account"));
		choosePassword("Changer le mot de passe", "portal-7-worker-initial-password", "mot-de-passe-initial",
				"salarie-mot-de-passe", "salarie-mot-de-passe");

		// the worker lands on its week, and reads the published one
		logInAndLand("salarie-portail", "salarie-mot-de-passe", "/my-week", worker.getName());
		showWeek();
		var total = shifts.size() == 1 ? "Une mission" : shifts.size() + " missions";
		browser.until(driver -> browser.textOf(driver.findElement(By.tagName("body"))).contains(total));
		assertThat(cellTexts()).contains(hours(shifts.getFirst()));
		assertThat(browser.textOf(browser.driver().findElement(By.tagName("body")))).contains("Heures de ");
		browser.screenshot("screenshots/portal-8-worker-week.png");

		// the worker declares the day of their first shift unavailable
		var day = Objects.requireNonNull(shifts.getFirst().getStart()).toLocalDate();
		browser.open("/my-unavailability");
		var periods = browser.until(driver -> {
			var pickers = driver.findElements(By.cssSelector("vaadin-date-time-picker"));
			return pickers.size() == 2 ? pickers : null;
		});
		dateAndTime(periods.get(0), day);
		dateAndTime(periods.get(1), day.plusDays(1));
		browser.type(browser.visible(By.xpath("//vaadin-text-field[contains(., 'Motif')]")), "Rendez-vous médical");
		browser.click(browser.visible(By.xpath("//vaadin-button[contains(., 'Déclarer')]")));
		browser.until(driver -> cellTexts().contains("Rendez-vous médical"));
		assertThat(browser.textOf(browser.driver().findElement(By.tagName("body"))))
				.as("the shifts of that day stay planned").contains("Cette indisponibilité recouvre");
		browser.screenshot("screenshots/portal-9-worker-unavailability.png");

		// the coordinator's board for the week hatches that day and marks the shift that no longer fits
		browser.logOut();
		browser.logIn(COORDINATOR, PASSWORD);
		var row = ".week-board-row[data-worker='" + code + "'] ";
		// drawn, whether or not the board's scroll shows the row yet
		var block = browser.until(driver -> driver.findElements(By.cssSelector(row + ".week-board-block")).stream()
				.findFirst().orElse(null));
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", block);
		browser.screenshot("screenshots/portal-10-coordinator-sees-declaration.png");
		var declared = browser.until(driver -> driver.findElements(By.cssSelector(row + ".week-board-day.declared"))
				.stream().findFirst().orElse(null));
		assertThat(declared.getAttribute("title")).startsWith("Indisponible (déclaré par le salarié)");
		assertThat(browser.driver().findElements(By.cssSelector(row + ".week-board-block.breaks")))
				.as("the shift of that day no longer fits").isNotEmpty();
	}

	/** Types into the screen's password fields in turn, then submits them with the button: back to the login. */
	private void choosePassword(String button, String screenshot, String... typed) {
		var fields = browser.driver().findElements(By.cssSelector("vaadin-password-field"));
		for (var i = 0; i < typed.length; i++) {
			browser.type(fields.get(i), typed[i]);
		}
		browser.screenshot("screenshots/" + screenshot + ".png");
		browser.click(browser.visible(By.xpath("//vaadin-button[contains(., '" + button + "')]")));
		browser.until(driver -> driver.getCurrentUrl().contains("/login"));
	}

	/** Logs in and waits for the home at that path, its title the name of whom the account speaks for. */
	private void logInAndLand(String username, String password, String home, String name) {
		browser.logIn(username, password);
		browser.until(driver -> driver.getCurrentUrl().endsWith(home));
		browser.visible(By.xpath("//h2[text()=\"" + name + "\"]"));
	}

	/** A date-time picker set to the day's midnight, typed as a user does. */
	private void dateAndTime(WebElement picker, LocalDate day) {
		picker.findElement(By.cssSelector("vaadin-date-picker input")).sendKeys(TYPED_DAY.format(day), Keys.ENTER);
		picker.findElement(By.cssSelector("vaadin-time-picker input")).sendKeys("00:00", Keys.ENTER, Keys.TAB);
		browser.awaitSettled();
	}

	/** The contract minutes of the demo's workers who hold the skill, less the minutes the week asks of it. */
	private long spareMinutes(String skill) {
		var supply = demo.workers().stream().filter(w -> w.skills().contains(skill))
				.mapToLong(ProblemDocument.Worker::contractMinutes).sum();
		var demand = demo.requests().stream().filter(r -> r.skill().equals(skill))
				.mapToLong(r -> (long) r.count() * r.durationMinutes()).sum();
		return supply - demand;
	}

	/** The id of the member's one request of the week that the demo did not import. */
	private long newRequestOf(long memberId, String memberCode) {
		var imported = demo.requests().stream().filter(r -> r.member().equals(memberCode))
				.map(ProblemDocument.Request::id).toList();
		var made = systemAccess.call(() -> requests.findByMember(memberId, monday, monday)).stream()
				.filter(r -> !imported.contains(r.getCode())).toList();
		assertThat(made).hasSize(1);
		return made.getFirst().getId();
	}

	/** On the planning board, opened on the coming week: solve, then publish once the draft is in. */
	private void solveAndPublish() {
		var status = browser.visible(By.id("plan-status"));
		browser.visible(By.id("plan-solve")).click();
		browser.until(driver -> status.getText().startsWith("Brouillon")
				&& driver.findElement(By.id("plan-solve")).getAttribute("disabled") == null);
		browser.visible(By.id("plan-publish")).click();
		browser.visible(By.cssSelector("vaadin-confirm-dialog [slot='confirm-button']")).click();
		browser.until(driver -> status.getText().startsWith("Publié"));
	}

	/** The screen's week field moved to the coming week, typed as a user does. */
	private void showWeek() {
		var input = browser.visible(By.cssSelector("vaadin-date-picker input"));
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), TYPED_DAY.format(monday), Keys.ENTER);
		browser.awaitSettled();
	}

	/** A combo box's item chosen by typing its whole label. */
	private void choose(By box, String label) {
		var input = browser.visible(box).findElement(By.cssSelector("input"));
		input.sendKeys(label);
		browser.awaitSettled();
		input.sendKeys(Keys.ENTER, Keys.TAB);
		browser.awaitSettled();
	}

	private void replace(By field, String text) {
		var input = browser.visible(field).findElement(By.cssSelector("input"));
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
		browser.awaitSettled();
	}

	/** Adds a window row: that day from 08:00 to 18:00. */
	private void window(int row, String day) {
		browser.click(browser.visible(By.id("request-window-add")));
		browser.until(driver -> driver.findElements(By.cssSelector("vaadin-select.row-day")).size() > row);
		var select = browser.driver().findElements(By.cssSelector("vaadin-select.row-day")).get(row);
		browser.click(select);
		var item = browser.until(driver -> driver.findElements(By.cssSelector("vaadin-select-item")).stream()
				.filter(WebElement::isDisplayed).filter(e -> browser.textOf(e).strip().equals(day)).findFirst()
				.orElse(null));
		item.click();
		var from = browser.driver().findElements(By.cssSelector("vaadin-time-picker.row-from input")).get(row);
		from.sendKeys("08:00", Keys.ENTER, Keys.TAB);
		var to = browser.driver().findElements(By.cssSelector("vaadin-combo-box.row-to input")).get(row);
		to.sendKeys("18:00", Keys.ENTER, Keys.TAB);
		browser.awaitSettled();
	}

	private static String hours(PlannedShift shift) {
		return DateTimeFormatter.ofPattern("HH:mm").format(Objects.requireNonNull(shift.getStart()));
	}

	private String cellTexts() {
		return String.valueOf(browser.driver().executeScript(
				"return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join('|')"));
	}

}
