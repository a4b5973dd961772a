package org.gelplan.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, both named explicitly so that Selenium
 * Manager never runs and nothing is downloaded. Tests are skipped where the packages are missing
 * ({@code .ci/run} installs them).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("gelplan.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("gelplan.chromedriver", "/usr/bin/chromedriver"));

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    static Browser open(int port) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=es-CO");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "es-CO,es"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return new Browser(driver, "http://localhost:" + port);
    }

    WebDriver driver() {
        return driver;
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    Browser logIn(String user) {
        return logIn(user, user);
    }

    Browser logIn(String user, String password) {
        driver.manage().deleteAllCookies();
        go("/login");
        type("username", user);
        type("password", password);
        click("main form button[type=submit]");
        return this;
    }

    Browser logOut() {
        click("header form[action$='/logout'] button");
        return this;
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks a link or a submit button and waits for the next page to replace this one. */
    void click(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector(css)).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
        } catch (TimeoutException stayed) {
            // a click that updates the page in place (htmx) leaves it where it was
        } catch (WebDriverException replaced) {
            // the old page went away while being checked ("does not belong to the document"): it was replaced
        }
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** With {@code -Dgelplan.screenshots=true}, saves the page as docs/screenshots/{name}.png of the repository. */
    void screenshot(String name) {
        if (!Boolean.getBoolean("gelplan.screenshots")) {
            return;
        }
        Path docs = Files.isDirectory(Path.of("docs")) ? Path.of("docs") : Path.of("..", "docs");
        try {
            Path target = docs.resolve("screenshots").resolve(name + ".png");
            Files.createDirectories(target.getParent());
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
