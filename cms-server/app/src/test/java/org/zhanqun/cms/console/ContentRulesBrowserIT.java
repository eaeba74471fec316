package org.zhanqun.cms.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.zhanqun.cms.testing.ConsoleBrowser;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * The editor's checks while typing, judged by the server ({@code GET /content-rules/check}) and
 * limited by its rules ({@code GET /content-rules}), before anything is saved.
 */
@ZhanqunIT
class ContentRulesBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void aPolicysNumbersAreJudgedByTheServerAsTheyAreTypedAndALookAlikeBracketShowsHowItIsStored() {
    try (ConsoleBrowser b = ConsoleBrowser.start(base, 1366)) {
      b.logIn(DemoUser.EDITOR_FGW);
      b.open("#/items/new?site=fgw&type=policy");

      b.waitFor(By.name("policy.indexNo")).sendKeys("11220100mb1234567x/2024-00012");
      WebElement indexNoError = errorOf(b, "policy.indexNo");
      b.waitUntil(d -> indexNoError.isDisplayed() && indexNoError.getText().contains("索引号"));

      b.driver().findElement(By.name("policy.docNo")).sendKeys("长府发[2024]3号");
      b.waitUntil(d -> !d.findElements(By.cssSelector("[id$='-note']")).isEmpty());
      assertThat(b.text(By.cssSelector(".field[data-field='policy.docNo'] .field-note")))
          .contains("长府发〔2024〕3号");
      assertThat(errorOf(b, "policy.docNo").isDisplayed()).isFalse();

      WebElement docNo = b.driver().findElement(By.name("policy.docNo"));
      docNo.clear();
      docNo.sendKeys("长春市人民政府令第98号");
      b.waitUntil(d -> d.findElements(By.cssSelector("[id$='-note']")).isEmpty());
      assertThat(errorOf(b, "policy.docNo").isDisplayed()).isFalse();
      b.assertAccessible("policy editor with a 文号 note");
    }
  }

  @Test
  void aFileOfATypeTheServerDoesNotAcceptIsRefusedBeforeUpload() throws IOException {
    Path text = Files.createTempFile("notes", ".txt");
    Files.writeString(text, "not a form");
    try (ConsoleBrowser b = ConsoleBrowser.start(base, 1366)) {
      b.logIn(DemoUser.EDITOR_FGW);
      b.open("#/items/new?site=fgw&type=form");
      WebElement file = b.waitFor(By.name("form.fileId"));
      assertThat(file.getAttribute("accept")).contains(".pdf").contains(".ofd");

      file.sendKeys(text.toString());

      b.waitUntil(d -> errorOf(b, "form.fileId").getText().contains(".txt"));
      assertThat(errorOf(b, "form.fileId").getText()).contains("pdf");
    }
  }

  private static WebElement errorOf(ConsoleBrowser b, String name) {
    String id = b.driver().findElement(By.name(name)).getAttribute("id");
    return b.driver().findElement(By.id(id + "-error"));
  }
}
