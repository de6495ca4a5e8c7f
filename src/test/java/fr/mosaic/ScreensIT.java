package fr.mosaic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
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

	private Browser browser;

	@BeforeEach
	void startBrowser() {
		browser = new Browser(port, 1400, 900);
	}

	@AfterEach
	void stopBrowser() {
		browser.close();
	}

	@Test
	void coordinatorOpensEveryRegisterScreen() throws Exception {
		systemAccess.run(() -> accounts.create("screens", "screens-password", AppRoles.COORDINATOR));
		browser.logIn("screens", "screens-password");
		for (var route : new String[] { "members", "workers", "skills", "requests", "recurring-requests" }) {
			browser.open("/" + route);
			browser.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
			browser.awaitSettled();
			var addButton = browser.driver().findElements(By.cssSelector("vaadin-button[theme~='primary']"));
			if (!addButton.isEmpty()) {
				addButton.getFirst().click();
				browser.awaitSettled();
				// open one row of each editable list so the screenshot shows it
				for (var addRow : browser.driver().findElements(By.cssSelector("vaadin-button[theme~='small']"))) {
					browser.click(addRow);
				}
				browser.awaitSettled();
			}
			browser.screenshot("screens/" + route + ".png");
			assertThat(browser.driver().getPageSource()).doesNotContain("!{").doesNotContain("Internal error");
		}
	}

}
