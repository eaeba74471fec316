package org.zhanqun.cms.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.zhanqun.cms.testing.ConsoleBrowser;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.ZhanqunIT;

@ZhanqunIT
class ConsoleShellIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void showsTheLoginScreenInChineseFirstWithoutAccessibilityViolations() {
    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      browser.open("#/work");

      browser.waitFor(By.name("username"));
      assertThat(browser.driver().getCurrentUrl()).contains("#/login");
      assertThat(browser.text(By.tagName("h1"))).isEqualTo("登录");
      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
          .isEqualTo("zh-CN");
      browser.assertAccessible("login");
    }
  }
}
