package org.secondopinion.notification.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven through ChromeDriver, both from the operating system (Debian's {@code chromium}
 * and {@code chromium-driver}); nothing is downloaded. Tests that need it are skipped, saying why, where no
 * Chromium is installed.
 */
final class Browser implements AutoCloseable {

	private static final List<Path> BROWSERS = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"),
			Path.of("/usr/bin/google-chrome"));

	private static final List<Path> DRIVERS = List.of(Path.of("/usr/bin/chromedriver"),
			Path.of("/usr/lib/chromium/chromedriver"));

	final WebDriver driver;

	private final Path profile;

	private Browser(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Starts a browser, or skips the calling test when this machine has no Chromium. */
	static Browser startOrSkip() {
		Optional<Path> binary = BROWSERS.stream().filter(Files::isExecutable).findFirst();
		Optional<Path> driverBinary = DRIVERS.stream().filter(Files::isExecutable).findFirst();
		Assumptions.assumeTrue(binary.isPresent() && driverBinary.isPresent(),
				"Browser tests skipped: no Chromium and ChromeDriver on this machine (install Debian's chromium and "
						+ "chromium-driver: apt-get install -y chromium chromium-driver)");
		try {
			Path profile = Files.createTempDirectory("chromium-profile");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(binary.get().toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-default-apps", "--disable-extensions", "--no-first-run", "--disable-quic",
					"--window-size=1280,1024", "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary.get().toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
			return new Browser(driver, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits up to a minute; a wait that times out says where the browser was and what the page said. */
	WebDriverWait waiting() {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
		wait.withMessage(this::whereWeAre);
		return wait;
	}

	private String whereWeAre() {
		try {
			String text = driver.findElement(By.tagName("body")).getText();
			return "the browser was at " + driver.getCurrentUrl() + " (\"" + driver.getTitle() + "\"), showing: "
					+ (text.length() > 600 ? text.substring(0, 600) + "…" : text);
		}
		catch (RuntimeException ex) {
			return "the browser's page could not be read: " + ex;
		}
	}

	/** Opens the URL; on Keycloak's login form signs in with the user's password. */
	void signInAt(String url, String username, String password) {
		driver.get(url);
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("kc-login")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
	}

	/** Signs out with the page's button: ends our session and, through Keycloak's logout, the single sign-on. */
	void signOut() {
		driver.findElement(By.cssSelector("form.signout button")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
	}

	/** Opens the URL of a user who is already signed in (or about to sign in on Keycloak's form). */
	void signInAgain(String username, String password) {
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("kc-login")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
	}

	/** Keeps a picture of the page in {@code target/screenshots/}, for people reviewing the UI. */
	void screenshot(String name) {
		try {
			Path directory = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(directory.resolve(name + ".png"),
					((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ignored) {
			// a temporary profile; the system cleans it up otherwise
		}
	}

}
