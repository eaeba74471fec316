package org.zhanqun.cms.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ItemRequests;
import org.zhanqun.cms.testing.PdfFiles;
import org.zhanqun.cms.testing.PublishedSite;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.WorkflowSteps;
import org.zhanqun.cms.testing.ZhanqunIT;

/** Where a file is used, and replacing its content under the same id. */
@ZhanqunIT
class FileUsageIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private ApiClient editor;
  private ApiClient reviewer;

  @BeforeEach
  void logIn() {
    anonymous = ApiClient.anonymous(base);
    editor = anonymous.as(DemoUser.EDITOR_FGW);
    reviewer = anonymous.as(DemoUser.REVIEWER_FGW);
  }

  @Test
  void listsTheFormOfferingTheFileTheGuideOfferingThatFormAndTheItemLinkingToIt() {
    long file = upload(Unique.slug("usage") + ".pdf", PdfFiles.pdf("usage"));
    long form = WorkflowSteps.create(editor, form(file)).getJsonNumber("id").longValue();
    long guide =
        WorkflowSteps.create(
                editor,
                ItemRequests.guide(
                    "fgw",
                    editor.columnId("fgw", "guide"),
                    Unique.text("指南"),
                    object("conditions", "本市企业", "forms", List.of(form))))
            .getJsonNumber("id")
            .longValue();
    long linking =
        WorkflowSteps.create(
                editor,
                with(
                    news(Unique.text("附件新闻")),
                    "body",
                    "请下载[申请表](/api/v1/files/" + file + "/content)。"))
            .getJsonNumber("id")
            .longValue();
    long unrelated =
        WorkflowSteps.create(editor, news(Unique.text("无关"))).getJsonNumber("id").longValue();

    ApiResponse usage = editor.get("files/" + file + "/usage");

    assertThat(usage).hasStatus(200);
    assertThat(usage.json().getJsonObject("file").getJsonNumber("id").longValue()).isEqualTo(file);
    List<JsonObject> usedBy = usage.json().getJsonArray("usedBy").getValuesAs(JsonObject.class);
    assertThat(usedBy)
        .extracting(u -> u.getJsonNumber("id").longValue() + ":" + u.getString("how"))
        .containsExactly(form + ":form", guide + ":link", linking + ":link")
        .doesNotContain(unrelated + ":link");
    JsonObject formUse = usedBy.get(0);
    assertThat(formUse.getString("site")).isEqualTo("fgw");
    assertThat(formUse.getString("type")).isEqualTo("form");
    assertThat(formUse.getString("language")).isEqualTo("zh-CN");
    assertThat(formUse.getString("status")).isEqualTo("draft");
    assertThat(formUse.getString("title")).isNotBlank();
  }

  @Test
  void refusesUsageToOtherDepartmentsAnonymousCallersAndUnknownFiles() {
    long file = upload(Unique.slug("usage") + ".pdf", PdfFiles.pdf("usage"));

    assertThat(anonymous.as(DemoUser.EDITOR_JYJ).get("files/" + file + "/usage")).hasStatus(403);
    assertThat(anonymous.get("files/" + file + "/usage")).hasStatus(401);
    assertThat(editor.get("files/999999999/usage")).hasStatus(404);
  }

  @Test
  void replacesTheContentUnderTheSameIdSoTheFormOffersTheNewBytes() {
    String name = Unique.slug("replace") + ".pdf";
    long file = upload(name, PdfFiles.pdf("old version"));
    long form = WorkflowSteps.create(editor, form(file)).getJsonNumber("id").longValue();
    byte[] newer = PdfFiles.pdf("new version of the form");
    String newName = Unique.slug("replaced") + ".pdf";

    ApiResponse replaced = replace(editor, file, newName, newer);

    assertThat(replaced).hasStatus(200);
    assertThat(replaced.json().getJsonNumber("id").longValue()).isEqualTo(file);
    assertThat(replaced.json().getString("fileName")).isEqualTo(newName);
    assertThat(replaced.json().getString("sha256")).isEqualTo(PdfFiles.sha256(newer));
    assertThat(replaced.json().getJsonNumber("size").longValue()).isEqualTo(newer.length);
    assertThat(replaced.json().getString("uploadedBy")).isEqualTo("editor.fgw");
    assertThat(editor.get("files/" + file + "/content").body()).isEqualTo(newer);
    JsonObject formRead = editor.get("items/" + form).json();
    assertThat(formRead.getJsonObject("file").getString("sha256"))
        .isEqualTo(PdfFiles.sha256(newer));
  }

  @Test
  void keepsTheNameWhenNoneIsSent() {
    String name = Unique.slug("keep") + ".pdf";
    long file = upload(name, PdfFiles.pdf("first"));

    ApiResponse replaced = replace(editor, file, null, PdfFiles.pdf("second"));

    assertThat(replaced).hasStatus(200);
    assertThat(replaced.json().getString("fileName")).isEqualTo(name);
  }

  @Test
  void publishesALiveFormAgainWithTheNewContent() {
    String name = Unique.slug("live") + ".pdf";
    long file = upload(name, PdfFiles.pdf("published old"));
    JsonObject form = WorkflowSteps.createPublished(editor, reviewer, form(file));
    String published = "fgw/forms/files/" + name;
    PublishedSite.awaitContaining(published, "published old");
    byte[] newer = PdfFiles.pdf("published new");

    assertThat(replace(editor, file, null, newer)).hasStatus(200);

    PublishedSite.awaitContaining(published, "published new");
    ApiResponse download =
        anonymous.get("public/items/" + form.getJsonNumber("id").longValue() + "/file", "*/*");
    assertThat(download.body()).isEqualTo(newer);
  }

  @Test
  void aRefusedReplacementKeepsTheOldContent() {
    String name = Unique.slug("refused") + ".pdf";
    byte[] original = PdfFiles.pdf("original");
    long file = upload(name, original);

    ApiResponse notAPdf =
        replace(editor, file, null, "MZ this is an executable".getBytes(StandardCharsets.UTF_8));
    ApiResponse wrongType = replace(editor, file, "tool.exe", PdfFiles.pdf("x"));
    ApiResponse empty = replace(editor, file, null, new byte[0]);

    assertThat(notAPdf).hasStatus(415).hasErrorOn("file");
    assertThat(wrongType).hasStatus(415).hasErrorOn("file");
    assertThat(empty).hasStatus(400).hasErrorOn("file");
    JsonObject stored = editor.get("files/" + file).json();
    assertThat(stored.getString("sha256")).isEqualTo(PdfFiles.sha256(original));
    assertThat(stored.getString("fileName")).isEqualTo(name);
    assertThat(editor.get("files/" + file + "/content").body()).isEqualTo(original);
  }

  @Test
  void refusesReplacementToOtherDepartmentsAnonymousCallersAndUnknownFiles() {
    byte[] original = PdfFiles.pdf("mine");
    long file = upload(Unique.slug("mine") + ".pdf", original);

    assertThat(replace(anonymous.as(DemoUser.EDITOR_JYJ), file, null, PdfFiles.pdf("theirs")))
        .hasStatus(403);
    assertThat(replace(anonymous, file, null, PdfFiles.pdf("nobody"))).hasStatus(401);
    assertThat(replace(editor, 999_999_999L, null, PdfFiles.pdf("none"))).hasStatus(404);
    assertThat(editor.get("files/" + file + "/content").body()).isEqualTo(original);
  }

  private long upload(String name, byte[] content) {
    ApiResponse uploaded = editor.upload("fgw", name, content);
    assertThat(uploaded).hasStatus(201);
    return uploaded.id();
  }

  private static ApiResponse replace(ApiClient client, long file, String name, byte[] content) {
    return client.send(
        "PUT",
        "files/"
            + file
            + "/content"
            + (name == null ? "" : "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)),
        HttpRequest.BodyPublishers.ofByteArray(content),
        "application/octet-stream");
  }

  private JsonObject form(long file) {
    return ItemRequests.form("fgw", editor.columnId("fgw", "forms"), Unique.text("申请表"), file);
  }

  private JsonObject news(String title) {
    return ItemRequests.news("fgw", editor.columnId("fgw", "news"), title);
  }
}
