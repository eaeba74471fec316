package org.zhanqun.cms.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ItemRequests;
import org.zhanqun.cms.testing.PublishedSite;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.WorkflowSteps;
import org.zhanqun.cms.testing.ZhanqunIT;

/** An unpublished draft, rendered with its site's templates, for the holders of a link only. */
@ZhanqunIT
class PreviewIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private ApiClient editor;

  @BeforeEach
  void logIn() {
    anonymous = ApiClient.anonymous(base);
    editor = anonymous.as(DemoUser.EDITOR_FGW);
  }

  @Test
  void showsADraftWithItsSitesTemplatesToWhoeverHoldsTheLink() {
    String title = Unique.text("预览草稿");
    JsonObject draft =
        WorkflowSteps.create(
            editor, ItemRequests.news("fgw", editor.columnId("fgw", "news"), title));

    ApiResponse link = editor.post("items/" + draft.getInt("id") + "/preview");

    assertThat(link).hasStatus(201);
    String url = link.json().getString("url");
    assertThat(link.json().getString("expiresAt")).isNotBlank();
    ApiResponse page = anonymous.getFromServerRoot(base.getPath() + url.substring(1));
    assertThat(page).hasStatus(200);
    assertThat(page.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.text())
        .contains("<html lang=\"zh-CN\"")
        .contains(title)
        .contains("长春市发展和改革委员会");
    assertThat(PublishedSite.read("fgw/news/" + draft.getString("slug") + ".html"))
        .as("the public cluster never gets the draft")
        .isNull();
  }

  @Test
  void answersNotFoundWithoutAValidLink() {
    assertThat(anonymous.get("preview/not-a-real-secret")).hasStatus(404).hasErrorOn("token");
  }

  @Test
  void makesLinksForEditorsAndReviewersOfTheSiteOnly() {
    JsonObject draft =
        WorkflowSteps.create(
            editor, ItemRequests.news("fgw", editor.columnId("fgw", "news"), Unique.text("预览权限")));
    String path = "items/" + draft.getInt("id") + "/preview";

    assertThat(anonymous.post(path)).hasStatus(401);
    assertThat(anonymous.as(DemoUser.EDITOR_JYJ).post(path)).hasStatus(403);
    assertThat(anonymous.as(DemoUser.REVIEWER_FGW).post(path)).hasStatus(201);
  }
}
