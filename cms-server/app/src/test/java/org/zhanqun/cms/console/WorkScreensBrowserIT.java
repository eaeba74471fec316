package org.zhanqun.cms.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.ConsoleBrowser;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ExchangeFolders;
import org.zhanqun.cms.testing.ItemRequests;
import org.zhanqun.cms.testing.PdfFiles;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.WorkflowSteps;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * The console's "my work" page with the freshness radar, the item lists with filters, paging and
 * bulk actions, and the files screen — in real Chromium, with data prepared through the API.
 */
@ZhanqunIT
class WorkScreensBrowserIT {

  private static final String XSS = "<img src=x onerror=alert(1)>";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient editorFgw;
  private ApiClient reviewerFgw;
  private long fgwNews;

  @BeforeEach
  void logIn() {
    ApiClient anonymous = ApiClient.anonymous(base);
    editorFgw = anonymous.as(DemoUser.EDITOR_FGW);
    reviewerFgw = anonymous.as(DemoUser.REVIEWER_FGW);
    fgwNews = editorFgw.columnId("fgw", "news");
  }

  @Test
  void theWorkPageShowsMyDraftAndAnItemSentBackWithTheReviewersComment() {
    String marker = Unique.text("工作台");
    JsonObject draft = create("草稿 " + marker);
    JsonObject sentBack = create("退回 " + marker);
    JsonObject submitted = submit(sentBack);
    ApiResponse back =
        reviewerFgw.post(
            "items/" + id(sentBack) + "/workflow/send-back",
            object("version", submitted.getInt("version"), "comment", "请补充数据来源 " + marker));
    assertThat(back.status()).as(back.describe()).isEqualTo(200);
    JsonObject xss = create(XSS + " " + marker);

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      browser.logIn(DemoUser.EDITOR_FGW).open("#/work?site=fgw");

      String drafts = awaitText(browser, "[data-list=drafts]", "草稿 " + marker);
      assertThat(drafts).contains(XSS + " " + marker);
      assertThat(count(browser, "[data-list=drafts] img")).isZero();
      assertThat(count(browser, "[data-list=drafts] a[href$='#/items/" + id(draft) + "']"))
          .isEqualTo(1);
      assertThat(awaitText(browser, "[data-list=sentBack]", "请补充数据来源 " + marker))
          .contains("退回 " + marker)
          .contains("reviewer.fgw");
      assertThat(awaitText(browser, ".new-item", "新闻")).contains("政策文件");
      assertNoAlert(browser);
      screenshot(browser, "work-1366");
      browser.assertAccessible("my work at 1366 px");
    }
    try (ConsoleBrowser phone = ConsoleBrowser.start(base, 360)) {
      phone.logIn(DemoUser.REVIEWER_FGW).open("#/work?site=fgw");
      awaitText(phone, "[data-list=awaitingReview]", "待我审核");
      assertThat(count(phone, "a[href$='#/items?site=fgw&status=in_review']")).isPositive();
      assertThat(awaitText(phone, ".work-links", "待审核队列")).isNotEmpty();
      screenshot(phone, "work-360");
      phone.assertAccessible("my work at 360 px");
    }
    assertThat(xss).isNotNull();
  }

  @Test
  void theRadarWarnsBeforeTheVetoOnASleepingDemoSite() {
    ApiClient admin = ApiClient.anonymous(base).as(DemoUser.ADMIN);
    ApiResponse imported =
        admin.post("exchange/import", object("folder", ExchangeFolders.copyOfTheDemoCluster()));
    assertThat(imported.status()).as(imported.describe()).isEqualTo(200);

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      browser.logIn(DemoUser.EVALUATOR).open("#/work?site=nyj");

      awaitText(browser, "h1", "农业农村局");
      // nyj's newest item is of 2026-08-12: months past the 14-day veto of the home page
      assertThat(awaitText(browser, ".radar-warnings", "首页已")).contains("14 天即单项否决");
      assertThat(
              browser.script(
                  "return document.querySelector('.radar-table tbody tr').dataset.state"))
          .isIn("stale", "empty");
      assertThat(awaitText(browser, ".radar-table tbody tr", "(")).containsAnyOf("超期未更新", "空白栏目");
      screenshot(browser, "radar-1366");
      browser.assertAccessible("radar at 1366 px");
    }
  }

  @Test
  void theListFiltersByTextStatusAndTypeAndPagesWithTheAddress() {
    String marker = Unique.text("分页");
    List<JsonObject> items = new ArrayList<>();
    for (int i = 0; i < 44; i++) {
      items.add(create(String.format("新闻 %02d %s", i, marker)));
    }
    long policyColumn = editorFgw.columnId("fgw", "policy");
    WorkflowSteps.create(
        editorFgw, ItemRequests.policy("fgw", policyColumn, "政策 " + marker, Unique.indexNo()));
    for (int i = 0; i < 3; i++) {
      submit(items.get(i));
    }

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      browser.logIn(DemoUser.EDITOR_FGW).open("#/items?site=fgw");
      WebElement search = browser.waitFor(By.name("q"));
      search.sendKeys(marker);

      browser.waitUntil(d -> caption(browser).contains("共 45 条"));
      assertThat(browser.driver().getCurrentUrl()).contains("q=");
      assertThat(rowCount(browser)).isEqualTo(20);
      browser.driver().findElement(By.xpath("//nav[@class='pager']/button[2]")).click();
      browser.waitUntil(d -> d.getCurrentUrl().contains("page=2"));
      browser.waitUntil(d -> pageInfo(browser).contains("第 2 页"));
      assertThat(rowCount(browser)).isEqualTo(20);
      new Select(browser.driver().findElement(By.name("size"))).selectByValue("50");
      browser.waitUntil(d -> rowCount(browser) == 45);
      assertThat(browser.driver().getCurrentUrl()).contains("size=50").doesNotContain("page=");

      new Select(browser.driver().findElement(By.name("status"))).selectByValue("in_review");
      browser.waitUntil(d -> caption(browser).contains("共 3 条"));
      assertThat(browser.driver().getCurrentUrl()).contains("status=in_review");

      browser.driver().navigate().back();
      browser.waitUntil(d -> caption(browser).contains("共 45 条"));
      browser.driver().navigate().forward();
      browser.waitUntil(d -> caption(browser).contains("共 3 条"));

      new Select(browser.driver().findElement(By.name("status"))).selectByValue("");
      new Select(browser.driver().findElement(By.name("type"))).selectByValue("policy");
      browser.waitUntil(d -> caption(browser).contains("共 1 条"));
      assertThat(rows(browser).get(0).getText()).contains("政策 " + marker);
      screenshot(browser, "items-1366");
      browser.assertAccessible("item list at 1366 px");
    }
    try (ConsoleBrowser phone = ConsoleBrowser.start(base, 360)) {
      phone.logIn(DemoUser.EDITOR_FGW).open("#/items?site=fgw&q=" + marker + "&status=in_review");
      phone.waitUntil(d -> caption(phone).contains("共 3 条"));
      screenshot(phone, "items-360");
      phone.assertAccessible("item list at 360 px");
    }
  }

  @Test
  void aTitleWithMarkupShowsAsTextInTheList() {
    String marker = Unique.text("脚本");
    create(XSS + " " + marker);
    create("<script>alert(2)</script> " + marker);

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      browser.logIn(DemoUser.EDITOR_FGW).open("#/items?site=fgw&q=" + marker);
      browser.waitUntil(d -> caption(browser).contains("共 2 条"));

      String table = browser.text(By.cssSelector(".item-table"));
      assertThat(table).contains(XSS + " " + marker).contains("<script>alert(2)</script>");
      assertThat(browser.driver().findElements(By.cssSelector(".item-table img"))).isEmpty();
      assertThat(browser.driver().findElements(By.cssSelector(".item-table script"))).isEmpty();
      assertNoAlert(browser);
    }
  }

  @Test
  void aBulkPublishReportsTheItemChangedSinceTheListLoadedAsAConflictAndChangesNothingOfIt() {
    String marker = Unique.text("批量");
    JsonObject first = submit(create("批量一 " + marker));
    JsonObject second = submit(create("批量二 " + marker));
    JsonObject third = submit(create("批量三 " + marker));

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      browser.logIn(DemoUser.REVIEWER_FGW).open("#/items?site=fgw&status=in_review&q=" + marker);
      browser.waitUntil(d -> caption(browser).contains("共 3 条"));
      browser.driver().findElement(By.id("select-all")).click();
      browser.waitUntil(
          d -> d.findElement(By.cssSelector(".selected-count")).getText().contains("已选 3 项"));

      // meanwhile the editor changes the second one
      JsonObject current = editorFgw.get("items/" + id(second)).json();
      ApiResponse edited =
          editorFgw.put(
              "items/" + id(second),
              with(ItemRequests.changeOf(current), "title", "批量二（已改） " + marker));
      assertThat(edited.status()).as(edited.describe()).isEqualTo(200);

      browser.driver().findElement(By.cssSelector("button[data-action=publish]")).click();

      WebElement result = browser.waitFor(By.cssSelector(".bulk-result"));
      assertThat(browser.text(By.cssSelector(".bulk-result"))).contains("2 项完成").contains("1 项未完成");
      By conflict = By.cssSelector(".bulk-result li[data-id='" + id(second) + "']");
      String outcome = browser.waitUntil(d -> d.findElement(conflict).getAttribute("data-outcome"));
      assertThat(outcome).isEqualTo("conflict");
      assertThat(browser.text(conflict)).contains("列表加载后此内容已被修改");
      browser.waitUntil(d -> d.findElement(By.id("status")).getText().contains("2 项完成"));
      browser.waitUntil(d -> caption(browser).contains("共 0 条"));
      screenshot(browser, "bulk-1366");
      browser.assertAccessible("bulk results");
    }
    assertThat(editorFgw.get("items/" + id(first)).json().getString("status"))
        .isEqualTo("published");
    assertThat(editorFgw.get("items/" + id(third)).json().getString("status"))
        .isEqualTo("published");
    JsonObject untouched = editorFgw.get("items/" + id(second)).json();
    assertThat(untouched.getString("status")).isEqualTo("draft");
    assertThat(untouched.getBoolean("live")).isFalse();
    assertThat(untouched.getString("title")).isEqualTo("批量二（已改） " + marker);
  }

  @Test
  void anEditorOfFgwSeesARefusalAndNoneOfJyjsDrafts() {
    ApiClient editorJyj = ApiClient.anonymous(base).as(DemoUser.EDITOR_JYJ);
    String title = Unique.text("教育局草稿");
    JsonObject jyjDraft =
        WorkflowSteps.create(
            editorJyj, ItemRequests.news("jyj", editorJyj.columnId("jyj", "news"), title));

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      browser.logIn(DemoUser.EDITOR_FGW).open("#/items?site=jyj");
      WebElement refusal = browser.waitFor(By.cssSelector("main [role=alert]"));
      assertThat(browser.text(By.cssSelector("main [role=alert]"))).contains("无权");
      assertThat(browser.text(By.tagName("main"))).doesNotContain(title);

      browser.open("#/items/" + id(jyjDraft));
      browser.waitUntil(d -> !d.findElement(By.tagName("main")).getText().isBlank());
      browser.waitUntil(d -> d.findElements(By.cssSelector("main .loading")).isEmpty());
      assertThat(browser.text(By.tagName("main"))).doesNotContain(title);
      assertThat(browser.driver().getPageSource()).doesNotContain(title);

      browser.open("#/work?site=jyj");
      browser.waitFor(By.cssSelector("main [role=alert]"));
      assertThat(browser.driver().getPageSource()).doesNotContain(title);
    }
  }

  @Test
  void anUploadedPdfIsListedAndARefusedTypeIsExplainedInWords() throws IOException {
    Path folder = Files.createTempDirectory("zhanqun-upload");
    String name = Unique.slug("shenqingbiao") + ".pdf";
    Path pdf = Files.write(folder.resolve(name), PdfFiles.pdf("申请表"));
    Path exe = Files.write(folder.resolve("tool.exe"), new byte[] {'M', 'Z', 0, 0});

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      browser.logIn(DemoUser.EDITOR_FGW).open("#/files?site=fgw");
      WebElement input = browser.waitFor(By.cssSelector("#file-upload"));

      input.sendKeys(exe.toString());
      WebElement error = browser.waitFor(By.id("file-upload-error"));
      assertThat(browser.text(By.id("file-upload-error")))
          .contains("tool.exe")
          .contains("不能上传")
          .contains("pdf");
      assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");

      input.sendKeys(pdf.toString());
      browser.waitUntil(d -> d.findElement(By.cssSelector(".file-table")).getText().contains(name));
      assertThat(browser.driver().findElement(By.id("file-upload-error")).isDisplayed()).isFalse();
      screenshot(browser, "files-1366");
      browser.assertAccessible("files at 1366 px");
    }
    try (ConsoleBrowser phone = ConsoleBrowser.start(base, 360)) {
      phone.logIn(DemoUser.EDITOR_FGW).open("#/files?site=fgw");
      phone.waitFor(By.cssSelector(".file-table"));
      screenshot(phone, "files-360");
      phone.assertAccessible("files at 360 px");
    }
  }

  // ---- helpers ----

  private JsonObject create(String title) {
    return WorkflowSteps.create(editorFgw, ItemRequests.news("fgw", fgwNews, title));
  }

  private JsonObject submit(JsonObject item) {
    ApiResponse answer =
        editorFgw.post(
            "items/" + id(item) + "/workflow/submit", object("version", item.getInt("version")));
    assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
    return answer.json();
  }

  private static long id(JsonObject item) {
    return item.getJsonNumber("id").longValue();
  }

  /**
   * The list's caption ("内容列表，共 n 条"), or "共 0 条" when the list is empty; by script, so a list
   * being redrawn never leaves a stale element behind.
   */
  private static String caption(ConsoleBrowser browser) {
    Object text =
        browser.script(
            "const c = document.getElementById('items-caption');"
                + " if (c) return c.textContent;"
                + " return document.querySelector('.items-table .empty') ? '共 0 条' : '';");
    return String.valueOf(text);
  }

  /** The text of the first element {@code css} finds once it contains {@code needle}. */
  private static String awaitText(ConsoleBrowser browser, String css, String needle) {
    return browser.waitUntil(
        d -> {
          String text =
              String.valueOf(
                  browser.script(
                      "const e = document.querySelector(arguments[0]);"
                          + " return e ? e.innerText : '';",
                      css));
          return text.contains(needle) ? text : null;
        });
  }

  private static long count(ConsoleBrowser browser, String css) {
    return (Long) browser.script("return document.querySelectorAll(arguments[0]).length", css);
  }

  private static List<WebElement> rows(ConsoleBrowser browser) {
    return browser.driver().findElements(By.cssSelector(".item-table tbody tr"));
  }

  private static long rowCount(ConsoleBrowser browser) {
    return (Long) browser.script("return document.querySelectorAll('.item-table tbody tr').length");
  }

  private static String pageInfo(ConsoleBrowser browser) {
    return String.valueOf(
        browser.script(
            "const p = document.querySelector('.page-info'); return p ? p.textContent : '';"));
  }

  /** Keeps what the screen looked like in target/screenshots for a person to look at. */
  private static void screenshot(ConsoleBrowser browser, String name) {
    try {
      Path folder = Files.createDirectories(Path.of("target/screenshots"));
      org.openqa.selenium.Dimension size = browser.driver().manage().window().getSize();
      long height = (Long) browser.script("return document.documentElement.scrollHeight");
      browser
          .driver()
          .manage()
          .window()
          .setSize(
              new org.openqa.selenium.Dimension(
                  size.getWidth(), (int) Math.min(height + 140, 5000)));
      byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
      Files.write(folder.resolve(name + ".png"), png);
    } catch (IOException | RuntimeException e) {
      // a screenshot is for people; the test does not depend on it
    }
  }

  private static void assertNoAlert(ConsoleBrowser browser) {
    try {
      String text = browser.driver().switchTo().alert().getText();
      throw new AssertionError("a script ran and opened an alert: " + text);
    } catch (NoAlertPresentException expected) {
      // no script ran
    }
  }
}
