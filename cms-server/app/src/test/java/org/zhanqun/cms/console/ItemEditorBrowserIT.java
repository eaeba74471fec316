package org.zhanqun.cms.console;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ConsoleBrowser;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ItemRequests;
import org.zhanqun.cms.testing.PdfFiles;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

@ZhanqunIT
class ItemEditorBrowserIT {

  private static final String XSS_IMG = "<img src=x onerror=alert(1)>";
  private static final String XSS_SCRIPT = "<script>alert(1)</script>";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient editor() {
    return ApiClient.anonymous(base).as(DemoUser.EDITOR_FGW);
  }

  @Test
  void aBadDocumentNumberShowsItsReasonBesideTheFieldAndThePolicyIsSavedOnceFixedAndSubmitted() {
    try (ConsoleBrowser b = ConsoleBrowser.start(base, 1366)) {
      b.logIn(DemoUser.EDITOR_FGW);
      b.open("#/items/new?site=fgw&type=policy");
      type(b, "title", Unique.text("促进民营经济发展若干措施"));
      type(b, "policy.indexNo", Unique.indexNo());
      type(b, "policy.issuer", "市发展和改革委员会");
      type(b, "policy.docNo", "长府发[2024]3");
      type(b, "policy.writtenOn", "2024-03-15");
      new Select(b.driver().findElement(By.name("policy.validity"))).selectByValue("valid");
      type(b, "body", "## 第一条\n\n为了规范管理，制定本办法。");
      b.assertAccessible("policy editor, new, 1366");

      save(b);

      WebElement docNoError = errorOf(b, "policy.docNo");
      b.waitUntil(d -> docNoError.isDisplayed() && docNoError.getText().contains("文号"));
      assertThat(b.driver().findElement(By.name("policy.docNo")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(b.text(By.cssSelector(".error-summary"))).contains("文号");
      assertThat(b.driver().getCurrentUrl()).contains("#/items/new");
      b.script("arguments[0].scrollIntoView({block: 'center'})", docNoError);
      shot(b, "policy-errors");

      WebElement docNo = b.driver().findElement(By.name("policy.docNo"));
      docNo.clear();
      docNo.sendKeys("长府发〔2024〕3号");
      save(b);
      b.waitUntil(d -> d.getCurrentUrl().matches(".*#/items/\\d+.*"));
      b.waitFor(By.id("submit-for-review")).click();
      b.waitUntil(d -> statusShows(b, "待审核"));
      long id = idIn(b.driver().getCurrentUrl());
      JsonObject saved = editor().get("items/" + id).json();
      assertThat(saved.getString("status")).isEqualTo("in_review");
      assertThat(saved.getJsonObject("policy").getString("docNo")).isEqualTo("长府发〔2024〕3号");
    }
  }

  @Test
  void theEditorOfEveryTypeHasNoSeriousAccessibilityViolationAtBothWidths() {
    for (int width : List.of(1366, 360)) {
      try (ConsoleBrowser b = ConsoleBrowser.start(base, width)) {
        b.logIn(DemoUser.EDITOR_FGW);
        for (String type : List.of("news", "policy", "interpretation", "guide", "form", "page")) {
          openFresh(b, "#/items/new?site=fgw&type=" + type);
          b.waitFor(By.name("title"));
          b.assertAccessible(type + " editor at " + width);
          shot(b, type + "-new-" + width);
        }
        long id = editor().post("items", ItemRequests.news("fgw", column("news"), "无障碍检查")).id();
        openFresh(b, "#/items/" + id);
        b.waitFor(By.id("submit-for-review"));
        b.assertAccessible("existing news item at " + width);
        shot(b, "news-existing-" + width);
      }
    }
  }

  @Test
  void aNewsItemAndAPageAreCreatedAndSubmitted() {
    try (ConsoleBrowser b = ConsoleBrowser.start(base, 1366)) {
      b.logIn(DemoUser.EDITOR_FGW);
      for (String type : List.of("news", "page")) {
        openFresh(b, "#/items/new?site=fgw&type=" + type);
        type(b, "title", Unique.text("控制台新建" + type));
        type(b, "slug", "Bad Slug");
        save(b);
        WebElement slugError = errorOf(b, "slug");
        b.waitUntil(d -> slugError.isDisplayed());
        WebElement slug = b.driver().findElement(By.name("slug"));
        slug.clear();
        slug.sendKeys(Unique.slug(type));
        save(b);
        b.waitUntil(d -> d.getCurrentUrl().matches(".*#/items/\\d+.*"));
        b.waitFor(By.id("submit-for-review")).click();
        b.waitUntil(d -> statusShows(b, "待审核"));
      }
    }
  }

  @Test
  void aFormItemOffersAnUploadedPdfAndATextFileIsRefusedBeforeUpload() throws IOException {
    Path pdf = Files.createTempFile("申请表", ".pdf");
    Path text = Files.createTempFile("notes", ".txt");
    Files.write(pdf, PdfFiles.pdf("申请表"));
    Files.writeString(text, "not a form");
    try (ConsoleBrowser b = ConsoleBrowser.start(base, 1366)) {
      b.logIn(DemoUser.EDITOR_FGW);
      b.open("#/items/new?site=fgw&type=form");
      type(b, "title", Unique.text("申请表下载"));
      save(b);
      WebElement fileError = errorOf(b, "form.fileId");
      b.waitUntil(d -> fileError.isDisplayed());

      b.driver().findElement(By.name("form.fileId")).sendKeys(text.toString());
      b.waitUntil(d -> errorOf(b, "form.fileId").getText().contains(".txt"));

      b.driver().findElement(By.name("form.fileId")).sendKeys(pdf.toString());
      b.waitUntil(d -> d.findElement(By.cssSelector(".file-current")).getText().contains(".pdf"));
      save(b);
      b.waitUntil(d -> d.getCurrentUrl().matches(".*#/items/\\d+.*"));
      long id = idIn(b.driver().getCurrentUrl());
      JsonObject saved = editor().get("items/" + id).json();
      assertThat(saved.getJsonObject("file").getString("fileName")).endsWith(".pdf");
      b.waitFor(By.id("submit-for-review")).click();
      b.waitUntil(d -> statusShows(b, "待审核"));
    } finally {
      Files.deleteIfExists(pdf);
      Files.deleteIfExists(text);
    }
  }

  @Test
  void anInterpretationIsLinkedToAPolicyThroughThePicker() {
    String policyTitle = Unique.text("解读对象政策");
    long policy =
        editor()
            .post(
                "items",
                ItemRequests.policy("fgw", column("policy"), policyTitle, Unique.indexNo()))
            .id();
    try (ConsoleBrowser b = ConsoleBrowser.start(base, 1366)) {
      b.logIn(DemoUser.EDITOR_FGW);
      b.open("#/items/new?site=fgw&type=interpretation");
      type(b, "title", Unique.text("政策解读"));
      save(b);
      WebElement pickerError = errorOf(b, "interpretation.interprets");
      b.waitUntil(d -> pickerError.isDisplayed());

      WebElement search = b.driver().findElement(By.name("interpretation.interprets"));
      search.sendKeys(policyTitle, Keys.ENTER);
      By add = By.cssSelector("button[aria-label='添加“" + policyTitle + "”']");
      b.waitFor(add).click();
      b.waitUntil(
          d -> d.findElement(By.cssSelector(".picker .chips")).getText().contains(policyTitle));
      save(b);
      b.waitUntil(d -> d.getCurrentUrl().matches(".*#/items/\\d+.*"));
      long id = idIn(b.driver().getCurrentUrl());
      JsonObject saved = editor().get("items/" + id).json();
      assertThat(saved.getJsonArray("interprets").getJsonObject(0).getJsonNumber("id").longValue())
          .isEqualTo(policy);
    }
  }

  @Test
  void aGuideMeterNamesTheMissingElementsAndTheSavedGuideShowsTheServersWarnings() {
    try (ConsoleBrowser b = ConsoleBrowser.start(base, 1366)) {
      b.logIn(DemoUser.EDITOR_FGW);
      b.open("#/items/new?site=fgw&type=guide");
      WebElement meter = b.waitFor(By.cssSelector(".guide-meter"));
      assertThat(b.text(By.cssSelector(".guide-meter")))
          .contains("0/11")
          .contains("设定依据")
          .contains("监督电话");
      type(b, "title", Unique.text("办事指南"));
      type(b, "guide.basis", "《行政许可法》");
      type(b, "guide.fees", "免费");
      b.driver().findElement(By.xpath("//button[text()='添加一项材料']")).click();
      type(b, "guide.materials[0].name", "申请书");
      b.waitUntil(d -> d.findElement(By.cssSelector(".guide-meter")).getText().contains("3/11"));
      assertThat(b.text(By.cssSelector(".guide-meter"))).doesNotContain("设定依据").contains("受理条件");
      b.assertAccessible("guide editor with a material row");
      shot(b, "guide-meter");
      save(b);
      b.waitUntil(d -> d.getCurrentUrl().matches(".*#/items/\\d+.*"));
      b.waitUntil(
          d -> d.findElement(By.cssSelector(".editor-side .warning")).getText().contains("受理条件"));
    }
  }

  @Test
  void theSecondOfTwoSessionsSavingOneItemSeesTheOtherChangeAndKeepsBothTexts() {
    long id = editor().post("items", ItemRequests.news("fgw", column("news"), "两人同时编辑")).id();
    try (ConsoleBrowser first = ConsoleBrowser.start(base, 1366);
        ConsoleBrowser second = ConsoleBrowser.start(base, 1366)) {
      first.logIn(DemoUser.EDITOR_FGW).open("#/items/" + id);
      second.logIn(DemoUser.EDITOR_FGW).open("#/items/" + id);
      first.waitFor(By.name("title"));
      second.waitFor(By.name("title"));

      WebElement title = second.driver().findElement(By.name("title"));
      title.clear();
      title.sendKeys("第二人改的标题");
      save(second);
      second.waitFor(By.cssSelector(".notice[role=status]"));

      first.driver().findElement(By.name("body")).sendKeys("\n\n第一人补充的段落。");
      save(first);
      WebElement panel = first.waitFor(By.cssSelector(".conflict"));
      assertThat(first.text(By.cssSelector(".conflict"))).contains("标题").contains("第二人改的标题");
      first.assertAccessible("stale save");
      shot(first, "conflict");
      first.driver().findElement(By.cssSelector(".conflict button[aria-label*='标题']")).click();
      first.waitFor(By.cssSelector(".conflict"));
      first
          .driver()
          .findElement(
              By.xpath("//section[contains(@class,'conflict')]//button[contains(.,'保留我的')]"))
          .click();
      first.waitUntil(d -> d.findElements(By.cssSelector(".conflict")).isEmpty());

      JsonObject saved = editor().get("items/" + id).json();
      assertThat(saved.getString("title")).isEqualTo("第二人改的标题");
      assertThat(saved.getString("body")).contains("第一人补充的段落。");
    }
  }

  @Test
  void anEditorLogsInOpensAnItemAndSubmitsItByKeyboardAlone() {
    long id = editor().post("items", ItemRequests.news("fgw", column("news"), "键盘提交")).id();
    try (ConsoleBrowser b = ConsoleBrowser.start(base, 1366)) {
      b.open("#/login");
      b.waitFor(By.name("username"));
      tabTo(b, "[name=username]");
      keys(b, DemoUser.EDITOR_FGW.username());
      keys(b, Keys.TAB);
      keys(b, DemoUser.EDITOR_FGW.password(), Keys.ENTER);
      b.waitUntil(d -> !d.getCurrentUrl().contains("#/login"));
      b.open("#/items/" + id);
      b.waitFor(By.id("submit-for-review"));
      tabTo(b, "#submit-for-review");
      keys(b, Keys.ENTER);
      b.waitUntil(d -> statusShows(b, "待审核"));
      assertThat(editor().get("items/" + id).json().getString("status")).isEqualTo("in_review");
    }
  }

  @Test
  void scriptTypedIntoAnyFieldShowsAsTextAndNeverRuns() {
    try (ConsoleBrowser b = ConsoleBrowser.start(base, 1366)) {
      b.logIn(DemoUser.EDITOR_FGW);
      b.open("#/items/new?site=fgw&type=news");
      b.waitFor(By.name("title"));
      armAlarm(b);
      type(b, "title", XSS_IMG + XSS_SCRIPT);
      type(b, "summary", XSS_SCRIPT + XSS_IMG);
      type(b, "tags", XSS_IMG + ", " + XSS_SCRIPT);
      type(b, "body", "正文 " + XSS_IMG + "\n\n" + XSS_SCRIPT + "\n\n[x](javascript:alert(1))");
      save(b);
      b.waitUntil(d -> d.getCurrentUrl().matches(".*#/items/\\d+.*"));
      b.waitFor(By.name("title"));
      armAlarm(b);
      By preview = By.cssSelector("iframe.preview");
      b.waitUntil(d -> previewShows(d.findElement(preview), "正文"));
      // forget the preview the page drew, so that the wait below sees the one the keystroke draws
      b.script("arguments[0].removeAttribute('srcdoc')", b.driver().findElement(preview));
      b.driver().findElement(By.name("body")).sendKeys(" ");
      b.waitUntil(d -> previewShows(d.findElement(preview), "正文"));
      assertThat(b.driver().findElement(By.name("title")).getAttribute("value"))
          .isEqualTo(XSS_IMG + XSS_SCRIPT);
      assertThat(b.text(By.cssSelector(".chips"))).contains(XSS_IMG);
      assertThat(b.script("return document.querySelectorAll('img[src=x], main script').length"))
          .isEqualTo(0L);
      assertThat(b.script("return window.__alarm === true")).isEqualTo(false);
      WebElement frame = b.driver().findElement(preview);
      assertThat(frame.getAttribute("sandbox")).isEmpty();
      assertThat(
              b.script(
                  "const doc = new DOMParser().parseFromString(arguments[0].srcdoc, 'text/html');"
                      + " return doc.querySelectorAll('script, [onerror], a[href^=\"javascript:\"]').length;",
                  frame))
          .isEqualTo(0L);
      b.script("arguments[0].scrollIntoView({block: 'center'})", frame);
      shot(b, "body-preview-xss");
    }
  }

  @Test
  void leavingWithUnsavedChangesAsksFirst() {
    try (ConsoleBrowser b = ConsoleBrowser.start(base, 1366)) {
      b.logIn(DemoUser.EDITOR_FGW);
      b.open("#/items/new?site=fgw&type=news");
      type(b, "title", "未保存的标题");
      b.script("location.hash = '#/work'");
      Alert alert =
          new WebDriverWait(b.driver(), Duration.ofSeconds(5))
              .until(ExpectedConditions.alertIsPresent());
      assertThat(alert.getText()).contains("尚未保存");
      alert.dismiss();
      b.waitUntil(d -> d.getCurrentUrl().contains("#/items/new"));
      assertThat(b.driver().findElement(By.name("title")).getAttribute("value"))
          .isEqualTo("未保存的标题");
    }
  }

  private static boolean statusShows(ConsoleBrowser b, String text) {
    return Boolean.TRUE.equals(
        b.script(
            "const facts = document.querySelector('.editor-side dl.facts');"
                + " return Boolean(facts && facts.textContent.includes(arguments[0]));",
            text));
  }

  /** Opens a console route and waits until the screen before it is gone. */
  private static void openFresh(ConsoleBrowser b, String route) {
    List<WebElement> before = b.driver().findElements(By.cssSelector("#main > *"));
    b.open(route);
    if (!before.isEmpty()) {
      b.waitUntil(ExpectedConditions.stalenessOf(before.get(0))::apply);
    }
  }

  private static void shot(ConsoleBrowser b, String name) {
    try {
      Path folder = Path.of("target", "editor-screenshots");
      Files.createDirectories(folder);
      byte[] png = ((TakesScreenshot) b.driver()).getScreenshotAs(OutputType.BYTES);
      Files.write(folder.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private long column(String code) {
    return editor().columnId("fgw", code);
  }

  private static void type(ConsoleBrowser b, String name, String text) {
    WebElement element = b.waitFor(By.name(name));
    element.sendKeys(text);
  }

  private static void save(ConsoleBrowser b) {
    b.driver().findElement(By.cssSelector("form.editor-form button[type=submit]")).click();
  }

  private static WebElement errorOf(ConsoleBrowser b, String name) {
    String id = b.waitFor(By.name(name)).getAttribute("id");
    return b.driver().findElement(By.id(id + "-error"));
  }

  private static long idIn(String url) {
    return Long.parseLong(url.replaceAll(".*#/items/(\\d+).*", "$1"));
  }

  private static void tabTo(ConsoleBrowser b, String selector) {
    WebDriver d = b.driver();
    for (int i = 0; i < 200; i++) {
      Object found =
          b.script(
              "return document.activeElement && document.activeElement.matches(arguments[0])",
              selector);
      if (Boolean.TRUE.equals(found)) {
        return;
      }
      new Actions(d).sendKeys(Keys.TAB).perform();
    }
    throw new AssertionError("Tab never reached " + selector);
  }

  private static void keys(ConsoleBrowser b, CharSequence... keys) {
    new Actions(b.driver()).sendKeys(keys).perform();
  }

  private static void armAlarm(ConsoleBrowser b) {
    b.script(
        "window.__alarm = false; window.alert = () => { window.__alarm = true; };"
            + " window.addEventListener('error', () => {});");
  }

  private static boolean previewShows(WebElement frame, String text) {
    String document = frame.getAttribute("srcdoc");
    return document != null && document.contains(text);
  }
}
