package org.zhanqun.cms.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;
import org.zhanqun.cms.testing.ConsoleBrowser;
import org.zhanqun.cms.testing.PublishedSite;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * A citizen writes to fgw's 局长信箱 from the published site, in real Chromium: the channel page's
 * plain HTML form posts to the server, whose HTML receipt gives the query code; the query page
 * shows the letter's status with that code. Both public pages pass axe (WCAG 2.1 AA, no serious or
 * critical violation).
 */
@ZhanqunIT
class PublicLetterBrowserIT {

  private static final String CHANNEL_PAGE = "fgw/letters/mailbox/index.html";
  private static final String QUERY_PAGE = "fgw/letters/query/index.html";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void aCitizenWritesFromTheChannelPageAndReadsTheStatusWithTheQueryCode() {
    PublishedSite.awaitFile(CHANNEL_PAGE, text -> text != null && text.contains("letter-form"));
    PublishedSite.awaitFile(QUERY_PAGE, text -> text != null && text.contains("query-code"));
    String subject = Unique.text("网站来信");

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      fromAnAddressOfItsOwn(browser);
      browser.driver().get(published(CHANNEL_PAGE));
      browser.waitFor(By.id("letter-subject")).sendKeys(subject);
      browser.assertAccessible("the channel page");
      browser.driver().findElement(By.id("letter-text")).sendKeys("请问今年的项目申报何时开始？谢谢。");
      browser.driver().findElement(By.id("letter-name")).sendKeys("王小明");
      browser.driver().findElement(By.id("letter-phone")).sendKeys("13912345678");
      postingToThisDeployment(browser, "form.letter-form");
      browser.driver().findElement(By.cssSelector("form.letter-form button[type=submit]")).click();

      browser.waitUntil(d -> !d.getCurrentUrl().contains("letters/mailbox"));
      assertThat(browser.driver().getPageSource())
          .as("the receipt at %s", browser.driver().getCurrentUrl())
          .contains("查询码");
      String code =
          browser.text(By.xpath("//dt[normalize-space(.)='查询码']/following-sibling::dd[1]")).strip();
      assertThat(browser.text(By.tagName("h1"))).isEqualTo("信件已收到");
      assertThat(code).hasSizeGreaterThanOrEqualTo(16);

      browser.driver().get(published(QUERY_PAGE));
      browser.waitFor(By.id("query-code")).sendKeys(code);
      browser.assertAccessible("the query page");
      postingToThisDeployment(browser, "form.query-form");
      browser.driver().findElement(By.cssSelector("form.query-form button[type=submit]")).click();

      browser.waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("信件办理情况"));
      assertThat(browser.text(By.tagName("main"))).contains(subject, "已收到");
      assertThat(browser.text(By.tagName("main"))).doesNotContain("王小明", "13912345678");
    }
  }

  /**
   * The form posts from the browser on loopback, which the test server trusts as a proxy: naming an
   * address of its own in X-Forwarded-For keeps this citizen out of other tests' rate limit.
   */
  private static void fromAnAddressOfItsOwn(ConsoleBrowser browser) {
    HasCdp cdp = (HasCdp) browser.driver();
    cdp.executeCdpCommand("Network.enable", Map.of());
    cdp.executeCdpCommand(
        "Network.setExtraHTTPHeaders",
        Map.of(
            "headers",
            Map.of("X-Forwarded-For", "198.18.0." + ThreadLocalRandom.current().nextInt(1, 255))));
  }

  /**
   * The published forms post to {@code /api/v1/...}, right where the server is the site's root. The
   * test server runs under a context path ({@code base}), so the form's own root-relative action is
   * resolved against it; everything else of the form is as published.
   */
  private void postingToThisDeployment(ConsoleBrowser browser, String form) {
    browser.script(
        "const f = document.querySelector(arguments[0]);"
            + " f.action = new URL(f.getAttribute('action').replace(/^\\//, ''), arguments[1]).href;",
        form,
        base.toString().endsWith("/") ? base.toString() : base + "/");
  }

  private String published(String path) {
    try {
      return new URL(base, path).toString();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(path, e);
    }
  }
}
