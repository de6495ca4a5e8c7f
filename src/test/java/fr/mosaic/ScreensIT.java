package fr.mosaic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.security.UserAccountService;

/** A coordinator logs in and opens each register screen in a real browser; screenshots land in target/screens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScreensIT {

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService accounts;

	@Autowired
	SystemAccess systemAccess;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() {
		var options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--window-size=1400,900", "--lang=fr-FR",
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
	void coordinatorOpensEveryRegisterScreen() throws Exception {
		systemAccess.run(() -> accounts.create("screens", "screens-password", AppRoles.COORDINATOR));
		var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
		browser.get("http://localhost:" + port + "/login");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
				.sendKeys("screens");
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys("screens-password\n");
		Files.createDirectories(Path.of("target/screens"));
		for (var route : new String[] { "members", "workers", "skills", "requests", "recurring-requests" }) {
			browser.get("http://localhost:" + port + "/" + route);
			wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
			awaitSettled();
			var addButton = browser.findElements(By.cssSelector("vaadin-button[theme~='primary']"));
			if (!addButton.isEmpty()) {
				addButton.getFirst().click();
				awaitSettled();
				// open one row of each editable list so the screenshot shows it
				for (var addRow : browser.findElements(By.cssSelector("vaadin-button[theme~='small']"))) {
					((JavascriptExecutor) browser).executeScript("arguments[0].click()", addRow);
				}
				awaitSettled();
			}
			var shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
			Files.write(Path.of("target/screens/" + route + ".png"), shot);
			assertThat(browser.getPageSource()).doesNotContain("!{").doesNotContain("Internal error");
		}
	}

	/**
	 * Waits until Vaadin has no request to the server under way and the grid has its rows, so the screenshot is whole.
	 */
	private void awaitSettled() {
		await().atMost(Duration.ofSeconds(30))
				.until(() -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("""
						const clients = window.Vaadin?.Flow?.clients ?? {};
						const busy = Object.values(clients).some(client => client.isActive && client.isActive());
						const loading = [...document.querySelectorAll('vaadin-grid')].some(grid => grid.loading);
						return !busy && !loading;""")));
	}

}
