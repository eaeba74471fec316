package org.zhanqun.cms.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium on the console of the deployed WAR, for browser tests. Uses only the
 * system's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, so Selenium Manager never
 * downloads anything. Without them the test is skipped with one line naming the packages — unless
 * {@code ZHANQUN_BROWSER_TESTS=required} (CI sets it), where their absence fails the test. Not
 * thread-safe; one per test, closed after it.
 */
public final class ConsoleBrowser implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ConsoleBrowser.class.getName());
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final String MISSING =
      "browser tests skipped: install Debian's chromium and chromium-driver"
          + " (apt-get install -y chromium chromium-driver)";
  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
  private static volatile boolean missingReported;

  private final WebDriver driver;
  private final URL console;
  private final Path profile;

  private ConsoleBrowser(WebDriver driver, URL console, Path profile) {
    this.driver = driver;
    this.console = console;
    this.profile = profile;
  }

  /**
   * Opens a browser window of the given width (1366 for a desktop, 360 for a phone) on nothing yet;
   * {@link #open} goes to a console screen.
   */
  public static ConsoleBrowser start(URL deployment, int width) {
    boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!present && "required".equals(System.getenv("ZHANQUN_BROWSER_TESTS"))) {
      throw new IllegalStateException(
          MISSING.replace("skipped", "required but Chromium is missing"));
    }
    if (!present && !missingReported) {
      missingReported = true;
      LOG.warning(MISSING);
    }
    Assumptions.assumeTrue(present, MISSING);
    try {
      Path profile = Files.createTempDirectory("zhanqun-chromium");
      ChromeOptions options =
          new ChromeOptions()
              .setBinary(CHROMIUM)
              .addArguments(
                  "--headless=new",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-dev-shm-usage",
                  "--disable-quic",
                  "--no-first-run",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--lang=zh-CN",
                  "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().window().setSize(new Dimension(width, 900));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      return new ConsoleBrowser(driver, new URL(deployment, "admin/"), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** Goes to a console screen by its hash route, e.g. {@code "#/items?site=fgw"}. */
  public ConsoleBrowser open(String route) {
    driver.get(console + route);
    return this;
  }

  /** Logs in through the login form and waits for the start page's heading. */
  public ConsoleBrowser logIn(DemoUser user) {
    open("#/login");
    WebElement name = waitFor(By.name("username"));
    name.clear();
    name.sendKeys(user.username());
    driver.findElement(By.name("password")).sendKeys(user.password());
    driver.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
    waitUntil(d -> !d.getCurrentUrl().contains("#/login"));
    return this;
  }

  /** Waits (10 s) for an element to be visible and answers it. */
  public WebElement waitFor(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * Waits (10 s) until a condition on the driver holds. A screen redraws itself after each answer
   * of the API, so an element found a moment ago may be gone: such a try counts as "not yet".
   */
  public <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(condition::apply);
  }

  /**
   * The visible text of an element, waiting (10 s) for it to be there; read again when the screen
   * redrew the element between finding and reading it.
   */
  public String text(By locator) {
    return waitUntil(d -> d.findElement(locator).getText());
  }

  /** Runs a script in the page and answers its result. */
  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * Runs axe-core on the current screen with the WCAG 2.1 A/AA rules and fails on any serious or
   * critical violation, listing each rule with the elements it found. Frames are left out: the
   * console's only frames are sandboxed previews of public-page HTML, where no script (axe's
   * neither) may run, and axe waits for them without end.
   */
  public void assertAccessible(String screen) {
    Results results =
        new AxeBuilder()
            .disableIframeTesting()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    List<Rule> blocking =
        results.getViolations().stream()
            .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
            .toList();
    assertThat(blocking)
        .as(
            "serious or critical WCAG 2.1 AA violations on %s:%n%s",
            screen,
            blocking.stream()
                .map(
                    rule ->
                        rule.getId()
                            + " ("
                            + rule.getImpact()
                            + "): "
                            + rule.getHelp()
                            + " at "
                            + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")))
        .isEmpty();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        LOG.fine("could not delete the browser profile " + profile + ": " + e);
      }
    }
  }
}
