package org.saima.shared.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for page tests, driven through the system chromedriver (never downloaded): register
 * it with {@code @RegisterExtension static final Browser browser = Browser.headlessChromium();}. It starts
 * before the class, quits after it, and saves a screenshot and the page source into target/screenshots
 * when a test fails. SAIMA_CHROMIUM and SAIMA_CHROMEDRIVER override the binaries' paths.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private ChromeDriverService service;
  private ChromeDriver driver;
  private Path profile;

  private Browser() {
  }

  public static Browser headlessChromium() {
    return new Browser();
  }

  /** Starts Chromium; called by JUnit before the class, or by hand outside JUnit. */
  public Browser start() {
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    try {
      profile = Files.createTempDirectory("saima-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions()
        .setBinary(env("SAIMA_CHROMIUM", "/usr/bin/chromium"))
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync",
            "--lang=zh-CN", "--window-size=1280,1000", "--user-data-dir=" + profile);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(env("SAIMA_CHROMEDRIVER", "/usr/bin/chromedriver")))
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    return this;
  }

  public void quit() {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (service != null) {
        service.stop();
      }
      deleteProfile();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    quit();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent() && driver != null) {
      String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
      Path saved = screenshot(name);
      System.err.println("Browser state when " + name + " failed: " + saved.toAbsolutePath() + " (url "
          + driver.getCurrentUrl() + ")");
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** The element once it is visible. */
  public WebElement visible(By by) {
    return until(ExpectedConditions.visibilityOfElementLocated(by), "visible " + by);
  }

  // Pages re-render (polling, live updates) between finding an element and using it: the actions run
  // inside the wait, so a stale element is looked up again instead of failing the test.
  public void click(By by) {
    until(d -> act(ExpectedConditions.elementToBeClickable(by).apply(d), WebElement::click), "clickable " + by);
  }

  public void type(By by, String text) {
    until(d -> act(ExpectedConditions.visibilityOfElementLocated(by).apply(d), field -> {
      field.clear();
      field.sendKeys(text);
    }), "typing into " + by);
  }

  public void choose(By select, String visibleText) {
    until(d -> act(ExpectedConditions.visibilityOfElementLocated(select).apply(d),
        field -> new Select(field).selectByVisibleText(visibleText)), "choosing '" + visibleText + "' in " + select);
  }

  /** The value of one DOM attribute of every element found, read in one consistent pass. */
  public List<String> attributes(By by, String attribute) {
    return until(d -> d.findElements(by).stream().map(e -> e.getDomAttribute(attribute)).toList(),
        attribute + " of " + by);
  }

  private static Boolean act(WebElement element, java.util.function.Consumer<WebElement> action) {
    if (element == null) {
      return null;
    }
    action.accept(element);
    return true;
  }

  /** Puts a file into an {@code <input type="file">}, as choosing it in the dialog does. */
  public void attach(By fileInput, Path file) {
    driver.findElement(fileInput).sendKeys(file.toAbsolutePath().toString());
  }

  /** Waits until the visible element's text contains {@code text}; returns the whole text. */
  public String waitForText(By by, String text) {
    until(ExpectedConditions.textToBePresentInElementLocated(by, text), "'" + text + "' in " + by);
    return driver.findElement(by).getText();
  }

  public String text(By by) {
    return visible(by).getText();
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /**
   * Script errors the pages logged since the last call; answers with an HTTP error status (which the
   * console also logs as "Failed to load resource") are expected in tests and left out.
   */
  public List<String> scriptErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(message -> !message.contains("Failed to load resource"))
        .toList();
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  /** Saves target/screenshots/{name}.png and the page's HTML beside it; returns the PNG's path. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path png = SCREENSHOTS.resolve(name + ".png");
      Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T until(java.util.function.Function<WebDriver, T> condition, String what) {
    try {
      return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    } catch (TimeoutException e) {
      throw new AssertionError("Waited " + WAIT.toSeconds() + " s for " + what + " on " + driver.getCurrentUrl(), e);
    }
  }

  private void deleteProfile() {
    if (profile == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary profile does no harm.
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
