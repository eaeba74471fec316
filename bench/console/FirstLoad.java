import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's first load in Debian's headless Chromium (Selenium 4.52, the system's chromedriver:
 * nothing is downloaded), on loopback.
 *
 * <p>{@code java -cp <app test classpath> FirstLoad.java <base url> <browsers> <usable selector>}
 *
 * <p>For each of {@code browsers} fresh profiles (cold cache): open {@code /admin/}, wait for the
 * login form, log in as editor.fgw through the form, wait until the start page is usable; then
 * drop the cookies (the HTTP cache stays: warm) and do the same again. A script injected before
 * the page's own (DevTools {@code Page.addScriptToEvaluateOnNewDocument}; it is not subject to the
 * page's CSP) counts the page's fetches in flight and records, on the page's clock
 * (navigation start = 0):
 *
 * <ul>
 *   <li>{@code loginReady}: the login form is in the page;
 *   <li>{@code submitAt}: the login button is clicked (by the harness, after typing);
 *   <li>{@code usable}: the hash is {@code #/work}, the {@code usable selector} matches inside
 *       {@code main}, {@code main} shows no {@code .loading} or {@code [aria-busy=true]} element and
 *       no fetch is in flight — and all of that has held for 50 ms (the time reported is when it
 *       started to hold).
 * </ul>
 *
 * Bytes: the page's navigation and resource timing entries (transferSize: on the wire, headers
 * included, 0 from the cache; encodedBodySize; decodedBodySize), up to the login screen and for the
 * whole first load. Prints one JSON document.
 */
public class FirstLoad {

  static final java.util.logging.Logger SELENIUM_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium");

  static final String PROBE =
      """
      (() => {
        const b = window.__bench = { pending: 0, marks: {} };
        const original = window.fetch;
        window.fetch = function (...args) {
          b.pending++;
          const done = () => { b.pending--; };
          const p = original.apply(this, args);
          p.then(done, done);
          return p;
        };
        let since = null;
        const tick = () => {
          const now = performance.now();
          if (b.marks.loginReady === undefined && document.querySelector('form.login-form')) {
            b.marks.loginReady = now;
          }
          if (b.marks.submitAt !== undefined && b.marks.usable === undefined) {
            const main = document.getElementById('main');
            const ok = location.hash.startsWith('#/work') && main
              && !main.querySelector('.login, .loading, [aria-busy="true"]')
              && main.querySelector(b.usableSelector || 'h1') && b.pending === 0;
            if (!ok) since = null;
            else if (since === null) since = now;
            else if (now - since >= 50) b.marks.usable = since;
          }
          if (b.marks.usable === undefined) setTimeout(tick, 2);
        };
        tick();
      })();
      """;

  static final String ENTRIES =
      """
      const from = arguments[0];
      return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
        .filter(e => e.startTime >= from)
        .map(e => ({ name: e.name, type: e.initiatorType || e.entryType, transfer: e.transferSize,
                     encoded: e.encodedBodySize, decoded: e.decodedBodySize,
                     start: e.startTime, end: e.responseEnd }));
      """;

  public static void main(String[] args) throws Exception {
    // Selenium warns that it has no DevTools bindings for this Chromium: not needed here
    SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    String base = args[0].replaceAll("/$", "");
    int browsers = Integer.parseInt(args[1]);
    String usableSelector = args.length > 2 ? args[2] : "h1";
    List<String> runs = new ArrayList<>();
    String chromium = "";
    for (int i = 0; i < browsers; i++) {
      Path profile = Files.createTempDirectory("zhanqun-bench-chromium");
      ChromeDriver driver = start(profile);
      // a harness stopped half-way leaves no browser behind
      Thread quit = new Thread(driver::quit);
      Runtime.getRuntime().addShutdownHook(quit);
      try {
        chromium = String.valueOf(driver.getCapabilities().getBrowserVersion());
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
        runs.add(run(driver, base, usableSelector, "cold", i == 0));
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
        runs.add(run(driver, base, usableSelector, "warm", i == 0));
      } finally {
        driver.quit();
        Runtime.getRuntime().removeShutdownHook(quit);
        try (var files = Files.walk(profile)) {
          files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
          // a temporary folder left behind
        }
      }
    }
    System.out.println(
        "{\"chromium\": \""
            + chromium
            + "\", \"usableSelector\": "
            + quote("main " + usableSelector)
            + ", \"runs\": ["
            + String.join(",\n", runs)
            + "]}");
  }

  static ChromeDriver start(Path profile) {
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(new File("/usr/bin/chromium"))
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
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1366, 900));
    return driver;
  }

  static String run(
      ChromeDriver driver, String base, String usableSelector, String cache, boolean details) {
    JavascriptExecutor js = driver;
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    long wallStart = System.nanoTime();
    driver.get(base + "/admin/");
    js.executeScript("window.__bench.usableSelector = arguments[0];", usableSelector);
    wait.until(d -> js.executeScript("return window.__bench.marks.loginReady") != null);
    // whatever the login screen still loads after the form is there (nothing, normally)
    waitQuiet(driver, wait);
    double loginReady = number(js.executeScript("return window.__bench.marks.loginReady"));
    List<Map<String, Object>> toLogin = entries(js, 0);
    WebElement name = driver.findElement(By.name("username"));
    name.clear();
    name.sendKeys("editor.fgw");
    driver.findElement(By.name("password")).sendKeys("editor-demo-2026");
    double submitAt =
        number(
            js.executeScript(
                "const t = performance.now(); window.__bench.marks.submitAt = t;"
                    + " document.querySelector('form.login-form button[type=submit]').click();"
                    + " return t;"));
    try {
      wait.until(d -> js.executeScript("return window.__bench.marks.usable") != null);
    } catch (TimeoutException e) {
      return "{\"cache\": \""
          + cache
          + "\", \"loginReadyMs\": "
          + round(loginReady)
          + ", \"toLogin\": "
          + sums(toLogin)
          + ", \"error\": "
          + quote(
              "not usable after 30 s; hash "
                  + js.executeScript("return location.hash")
                  + ", fetches in flight "
                  + js.executeScript("return window.__bench.pending")
                  + ", main: "
                  + js.executeScript(
                      "return document.getElementById('main').textContent.slice(0, 200)"))
          + "}";
    }
    double usable = number(js.executeScript("return window.__bench.marks.usable"));
    double wall = (System.nanoTime() - wallStart) / 1e6;
    List<Map<String, Object>> all = entries(js, 0);
    List<Map<String, Object>> afterSubmit = entries(js, submitAt);
    String heading =
        String.valueOf(
            js.executeScript("return document.querySelector('main h1')?.textContent || ''"));
    StringBuilder out = new StringBuilder();
    out.append("{\"cache\": \"").append(cache).append("\"");
    out.append(", \"loginReadyMs\": ").append(round(loginReady));
    out.append(", \"submitToUsableMs\": ").append(round(usable - submitAt));
    out.append(", \"firstLoadMs\": ").append(round(loginReady + (usable - submitAt)));
    out.append(", \"wallMs\": ").append(round(wall));
    out.append(", \"typingMs\": ").append(round(submitAt - loginReady));
    out.append(", \"heading\": ").append(quote(heading));
    out.append(", \"toLogin\": ").append(sums(toLogin));
    out.append(", \"afterSubmit\": ").append(sums(afterSubmit));
    out.append(", \"whole\": ").append(sums(all));
    if (details) {
      out.append(", \"entries\": [");
      for (int i = 0; i < all.size(); i++) {
        Map<String, Object> e = all.get(i);
        out.append(i == 0 ? "" : ", ")
            .append("{\"name\": ")
            .append(quote(String.valueOf(e.get("name")).replace(base, "")))
            .append(", \"type\": ")
            .append(quote(String.valueOf(e.get("type"))))
            .append(", \"transfer\": ")
            .append(round(number(e.get("transfer"))))
            .append(", \"encoded\": ")
            .append(round(number(e.get("encoded"))))
            .append(", \"decoded\": ")
            .append(round(number(e.get("decoded"))))
            .append(", \"start\": ")
            .append(round(number(e.get("start"))))
            .append(", \"end\": ")
            .append(round(number(e.get("end"))))
            .append("}");
      }
      out.append("]");
    }
    return out.append("}").toString();
  }

  /** Waits until no fetch is in flight and no new resource entry came for 200 ms. */
  static void waitQuiet(ChromeDriver driver, WebDriverWait wait) {
    JavascriptExecutor js = driver;
    long[] last = {-1, System.nanoTime()};
    wait.until(
        d -> {
          long count =
              ((Number)
                      js.executeScript(
                          "return performance.getEntriesByType('resource').length"
                              + " + 1000 * window.__bench.pending"))
                  .longValue();
          if (count != last[0]) {
            last[0] = count;
            last[1] = System.nanoTime();
            return false;
          }
          return System.nanoTime() - last[1] > 200_000_000L;
        });
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> entries(JavascriptExecutor js, double from) {
    return (List<Map<String, Object>>) js.executeScript(ENTRIES, from);
  }

  static String sums(List<Map<String, Object>> entries) {
    double transfer = 0, encoded = 0, decoded = 0;
    for (Map<String, Object> e : entries) {
      transfer += number(e.get("transfer"));
      encoded += number(e.get("encoded"));
      decoded += number(e.get("decoded"));
    }
    return String.format(
        "{\"requests\": %d, \"transfer\": %d, \"encoded\": %d, \"decoded\": %d}",
        entries.size(), Math.round(transfer), Math.round(encoded), Math.round(decoded));
  }

  static double number(Object value) {
    return value == null ? 0 : ((Number) value).doubleValue();
  }

  static String round(double value) {
    return String.valueOf(Math.round(value * 10) / 10.0);
  }

  static String quote(String s) {
    return "\""
        + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "")
        + "\"";
  }
}
