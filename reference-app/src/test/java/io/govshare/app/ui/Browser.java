package io.govshare.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.govshare.app.it.Api;

/**
 * A headless Chromium (Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; nothing is downloaded)
 * on a fresh profile, pointed at the IT server. Collects the browser console so a test can prove the pages log no
 * errors, and saves screenshots under {@code target/screenshots}. Public for the portal stories in
 * {@code io.govshare.app.it}, which also use that package's exchange and catalog fixtures.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of(System.getProperty("govshare.it.screenshots", "target/screenshots"));
    private static final String CHROMIUM = System.getProperty("govshare.it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("govshare.it.chromedriver", "/usr/bin/chromedriver");

    public final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static Browser open() {
        Api.get("/api/v1/open/statistics", null); // waits until the platform is ready
        try {
            Path profile = Files.createTempDirectory("govshare-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1366,900", "--lang=zh-CN", "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            options.setExperimentalOption("prefs", Map.of("download.default_directory", profile.resolve("downloads")
                    .toString(), "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a path of the platform, e.g. {@code /open/datasets}. */
    public void go(String path) {
        driver.get(Api.resolve(path).toString());
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement clickable(By by) {
        return wait.until(ExpectedConditions.elementToBeClickable(by));
    }

    public void click(By by) {
        clickable(by).click();
    }

    public void type(By by, String text) {
        WebElement input = visible(by);
        input.clear();
        input.sendKeys(text);
    }

    /** Waits until the element's text contains the expected text, and returns the text. */
    public String textOf(By by, String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, expected));
        return driver.findElement(by).getText();
    }

    public void waitForPath(String path) {
        wait.until(d -> Api.resolve(path).getPath().equals(java.net.URI.create(d.getCurrentUrl()).getPath()));
    }

    /** Signs in through the login page and waits until the header names the user. */
    public void signIn(String username, String password) {
        go("/login");
        type(By.id("login-username"), username);
        type(By.id("login-password"), password);
        click(By.id("login-submit"));
        visible(By.id("current-user"));
    }

    /** Signs out with the header's button and waits until the page is anonymous again. */
    public void signOut() {
        click(By.id("logout"));
        visible(By.id("login-link"));
    }

    /** Waits (up to 30 s) until the condition answers something other than null or false. */
    public <T> T until(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return wait.until(condition);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Console entries of level SEVERE since the last call (errors, failed loads, uncaught exceptions). */
    public List<String> severeConsoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString).toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp dir left behind is not a test failure
        }
    }
}
