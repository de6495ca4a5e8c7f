package fr.mosaic;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driving the application on a port, in French, with the waits the journeys share. Close it
 * after each test.
 */
public final class Browser implements AutoCloseable {

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	private final int port;

	/** A window of that size in pixels, a desktop's or a tablet's. */
	public Browser(int port, int width, int height) {
		this.port = port;
		var options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=" + width + "," + height,
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--lang=fr-FR");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
		driver = new ChromeDriver(new ChromeDriverService.Builder()
				.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
		// polled often: a test solve lasts two seconds, and the board must be seen while it runs
		wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(100));
		// a pushed redraw may replace an element between finding it and reading it: look again
		wait.ignoring(StaleElementReferenceException.class);
	}

	public ChromeDriver driver() {
		return driver;
	}

	/** Opens a path of the application, {@code /members}. */
	public void open(String path) {
		driver.get(url(path));
	}

	public String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Logs in on the form with an existing account and waits for the application's layout. */
	public void logIn(String username, String password) {
		open("/login");
		visible(By.cssSelector("input[name='username']")).sendKeys(username);
		driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
		visible(By.id("logout"));
	}

	/** Logs out from the layout's button and waits for the login form. */
	public void logOut() {
		click(visible(By.id("logout")));
		visible(By.cssSelector("input[name='username']"));
	}

	/** Waits up to a minute for the element to show. */
	public WebElement visible(By by) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** Waits up to a minute for the condition to give a value other than null or false. */
	public <T> T until(Function<WebDriver, T> condition) {
		return wait.until(condition);
	}

	/** The element's text as rendered, whatever part of it the window shows. */
	public String textOf(WebElement element) {
		return String.valueOf(driver.executeScript("return arguments[0].textContent", element));
	}

	/** Clicks through script: the element may be under a sticky header or out of the window. */
	public void click(WebElement element) {
		driver.executeScript("arguments[0].click()", element);
	}

	/** Types into a Vaadin field's inner input, then leaves it so the value reaches the server. */
	public void type(WebElement field, String text) {
		var input = field.getTagName().startsWith("vaadin-") ? field.findElement(By.cssSelector("input")) : field;
		input.sendKeys(text, Keys.TAB);
	}

	/** Waits until Vaadin has no request to the server under way and no grid is loading rows. */
	public void awaitSettled() {
		await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(driver.executeScript("""
				const clients = window.Vaadin?.Flow?.clients ?? {};
				const busy = Object.values(clients).some(client => client.isActive && client.isActive());
				const loading = [...document.querySelectorAll('vaadin-grid')].some(grid => grid.loading);
				return !busy && !loading;""")));
	}

	public void resize(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
	}

	/** Saves what the window shows as a PNG under {@code target/}, folders made as needed. */
	public void screenshot(String path) {
		try {
			var file = Path.of("target", path);
			Files.createDirectories(file.getParent());
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}
