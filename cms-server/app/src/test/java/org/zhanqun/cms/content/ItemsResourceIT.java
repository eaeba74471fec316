package org.zhanqun.cms.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import java.net.URL;
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
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

@ZhanqunIT
class ItemsResourceIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient editor;

  @BeforeEach
  void logIn() {
    editor = ApiClient.anonymous(base).as(DemoUser.EDITOR_FGW);
  }

  @Test
  void createsANewsArticleAsADraftOfItsAuthor() {
    String title = Unique.text("新闻");

    ApiResponse created = editor.post("items", ItemRequests.news("fgw", column("news"), title));

    assertThat(created).hasStatus(201);
    assertThat(created.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/items/" + created.id()));
    JsonObject item = created.json();
    assertThat(item.getString("title")).isEqualTo(title);
    assertThat(item.getString("type")).isEqualTo("news");
    assertThat(item.getString("status")).isEqualTo("draft");
    assertThat(item.getBoolean("live")).isFalse();
    assertThat(item.getInt("revision")).isEqualTo(1);
    assertThat(item.getString("createdBy")).isEqualTo("editor.fgw");

    ApiResponse read = editor.get("items/" + created.id());
    assertThat(read).hasStatus(200);
    assertThat(read.json().getString("title")).isEqualTo(title);
    assertThat(read.json().getString("updatedAt"))
        .as("the time answered is the time stored")
        .isEqualTo(item.getString("updatedAt"));
    assertThat(read.json().getString("body")).isEqualTo("## " + title + "\n\n正文第一段。");
  }

  @Test
  void storesAPolicyWithItsFullDisclosureMetadata() {
    String indexNo = Unique.indexNo();

    ApiResponse created =
        editor.post(
            "items", ItemRequests.policy("fgw", column("policy"), Unique.text("政策"), indexNo));

    assertThat(created).hasStatus(201);
    JsonObject policy = editor.get("items/" + created.id()).json().getJsonObject("policy");
    assertThat(policy.getString("indexNo")).isEqualTo(indexNo);
    assertThat(policy.getString("issuer")).isEqualTo("长春市发展和改革委员会");
    assertThat(policy.getString("docNo")).isEqualTo("长发改发〔2024〕12号");
    assertThat(policy.getString("writtenOn")).isEqualTo("2024-03-15");
    assertThat(policy.getString("subject")).isEqualTo("综合政务");
    assertThat(policy.getJsonArray("keywords").getString(1)).isEqualTo("营商环境");
    assertThat(policy.getString("validity")).isEqualTo("valid");
    assertThat(policy.getString("validUntil")).isEqualTo("2029-03-14");
  }

  @Test
  void linksAnInterpretationAndThePolicyItExplainsBothWays() {
    String policyTitle = Unique.text("政策");
    long policy =
        editor
            .post(
                "items",
                ItemRequests.policy("fgw", column("policy"), policyTitle, Unique.indexNo()))
            .id();
    String title = Unique.text("解读");

    ApiResponse interpretation =
        editor.post(
            "items", ItemRequests.interpretation("fgw", column("interpretation"), title, policy));

    assertThat(interpretation).hasStatus(201);
    List<JsonObject> interprets =
        interpretation.json().getJsonArray("interprets").getValuesAs(JsonObject.class);
    assertThat(interprets)
        .extracting(ref -> ref.getJsonNumber("id").longValue())
        .containsExactly(policy);
    assertThat(interprets.get(0).getString("title")).isEqualTo(policyTitle);
    List<JsonObject> interpretations =
        editor
            .get("items/" + policy)
            .json()
            .getJsonArray("interpretations")
            .getValuesAs(JsonObject.class);
    assertThat(interpretations)
        .extracting(ref -> ref.getJsonNumber("id").longValue())
        .containsExactly(interpretation.id());
    assertThat(interpretations.get(0).getString("title")).isEqualTo(title);
  }

  @Test
  void refusesAnInterpretationOfAnItemThatIsNoPolicy() {
    long news =
        editor.post("items", ItemRequests.news("fgw", column("news"), Unique.text("新闻"))).id();

    ApiResponse refused =
        editor.post(
            "items",
            ItemRequests.interpretation("fgw", column("interpretation"), Unique.text("解读"), news));

    assertThat(refused).hasStatus(400).hasErrorOn("interpretation.interprets[0]");
  }

  @Test
  void warnsOfEachMissingStandardElementOfAnIncompleteGuide() {
    JsonObject elements = object("conditions", "本市户籍居民", "fees", "免费", "hours", "工作日 9:00-17:00");

    ApiResponse created =
        editor.post(
            "items", ItemRequests.guide("fgw", column("guide"), Unique.text("办事指南"), elements));

    assertThat(created).hasStatus(201);
    assertThat(created.json().getJsonArray("warnings").getValuesAs(JsonObject.class))
        .extracting(warning -> warning.getString("field"))
        .containsExactly(
            "guide.basis",
            "guide.materials",
            "guide.process",
            "guide.timeLimit",
            "guide.location",
            "guide.department",
            "guide.phone",
            "guide.supervisionPhone");
    assertThat(created.json().getJsonArray("warnings").getJsonObject(0).getString("reason"))
        .contains("设定依据");
  }

  @Test
  void warnsOfNothingForACompleteGuide() {
    ApiResponse created =
        editor.post(
            "items",
            ItemRequests.guide(
                "fgw", column("guide"), Unique.text("办事指南"), completeGuide(List.of())));

    assertThat(created).hasStatus(201);
    assertThat(created.json().getJsonArray("warnings")).isEmpty();
  }

  @Test
  void offersAnUploadedPdfAsAFormAndListsTheGuidesUsingIt() {
    byte[] pdf = PdfFiles.pdf("申请表");
    long file = editor.upload("fgw", Unique.slug("application") + ".pdf", pdf).id();

    ApiResponse form =
        editor.post("items", ItemRequests.form("fgw", column("forms"), Unique.text("申请表"), file));

    assertThat(form).hasStatus(201);
    JsonObject stored = form.json().getJsonObject("file");
    assertThat(stored.getJsonNumber("id").longValue()).isEqualTo(file);
    assertThat(stored.getJsonNumber("size").longValue()).isEqualTo(pdf.length);
    assertThat(stored.getString("sha256")).isEqualTo(PdfFiles.sha256(pdf));
    assertThat(stored.getString("contentType")).isEqualTo("application/pdf");

    String guideTitle = Unique.text("办事指南");
    long guide =
        editor
            .post(
                "items",
                ItemRequests.guide(
                    "fgw", column("guide"), guideTitle, completeGuide(List.of(form.id()))))
            .id();
    List<JsonObject> usedBy =
        editor
            .get("items/" + form.id())
            .json()
            .getJsonArray("usedBy")
            .getValuesAs(JsonObject.class);
    assertThat(usedBy)
        .extracting(ref -> ref.getJsonNumber("id").longValue())
        .containsExactly(guide);
    assertThat(usedBy.get(0).getString("title")).isEqualTo(guideTitle);
  }

  @Test
  void refusesAFormWithAFileOfAnotherSite() {
    long jyjFile =
        ApiClient.anonymous(base)
            .as(DemoUser.EDITOR_JYJ)
            .upload("jyj", Unique.slug("form") + ".pdf", PdfFiles.pdf("jyj"))
            .id();

    ApiResponse refused =
        editor.post("items", ItemRequests.form("fgw", column("forms"), Unique.text("表格"), jyjFile));

    assertThat(refused).hasStatus(400).hasErrorOn("form.fileId");
  }

  @Test
  void createsAStandingPage() {
    String title = Unique.text("机构概况");

    ApiResponse created = editor.post("items", ItemRequests.page("fgw", column("about"), title));

    assertThat(created).hasStatus(201);
    assertThat(created.json().getString("type")).isEqualTo("page");
    assertThat(editor.get("items/" + created.id()).json().getString("title")).isEqualTo(title);
  }

  @Test
  void changesADraftWithTheVersionRead() {
    ApiResponse created =
        editor.post("items", ItemRequests.news("fgw", column("news"), Unique.text("新闻")));

    ApiResponse changed =
        editor.put(
            "items/" + created.id(),
            with(ItemRequests.changeOf(created.json()), "title", "修改后的标题"));

    assertThat(changed).hasStatus(200);
    assertThat(changed.json().getString("title")).isEqualTo("修改后的标题");
    assertThat(changed.json().getInt("revision")).isEqualTo(2);
    assertThat(changed.version()).isGreaterThan(created.version());
    assertThat(changed.json().getString("slug")).isEqualTo(created.json().getString("slug"));
  }

  @Test
  void deletesADraftAndForgetsIt() {
    ApiResponse created =
        editor.post("items", ItemRequests.news("fgw", column("news"), Unique.text("新闻")));

    assertThat(editor.delete("items/" + created.id() + "?version=" + created.version()))
        .hasStatus(204);

    assertThat(editor.get("items/" + created.id())).hasStatus(404).hasErrorOn("item");
  }

  @Test
  void refusesToDeleteAPolicyThatAnInterpretationExplains() {
    ApiResponse policy =
        editor.post(
            "items",
            ItemRequests.policy("fgw", column("policy"), Unique.text("政策"), Unique.indexNo()));
    editor.post(
        "items",
        ItemRequests.interpretation(
            "fgw", column("interpretation"), Unique.text("解读"), policy.id()));

    ApiResponse refused = editor.delete("items/" + policy.id() + "?version=" + policy.version());

    assertThat(refused).hasStatus(409).hasErrorOn("item");
    assertThat(editor.get("items/" + policy.id())).hasStatus(200);
  }

  @Test
  void refusesTheSecondOfTwoConcurrentEditsAndKeepsTheFirst() {
    ApiClient secondEditor = ApiClient.anonymous(base).as(DemoUser.EDITOR_FGW);
    long id =
        editor.post("items", ItemRequests.news("fgw", column("news"), Unique.text("新闻"))).id();
    JsonObject readByFirst = editor.get("items/" + id).json();
    JsonObject readBySecond = secondEditor.get("items/" + id).json();
    int version = readByFirst.getInt("version");

    ApiResponse first =
        editor.put("items/" + id, with(ItemRequests.changeOf(readByFirst), "title", "第一位编辑的标题"));
    ApiResponse second =
        secondEditor.put(
            "items/" + id,
            with(ItemRequests.changeOf(readBySecond), "title", "第二位编辑的标题", "body", "第二位编辑的正文"));

    assertThat(first).hasStatus(200);
    assertThat(second).hasStatus(409).hasErrorOn("version");
    JsonObject current = second.json().getJsonObject("current");
    assertThat(current.getInt("version")).isEqualTo(version + 1);
    assertThat(current.getString("title")).isEqualTo("第一位编辑的标题");
    JsonObject stored = editor.get("items/" + id).json();
    assertThat(stored.getString("title")).isEqualTo("第一位编辑的标题");
    assertThat(stored.getString("body")).doesNotContain("第二位编辑");
    assertThat(stored.getInt("revision")).isEqualTo(2);
    assertThat(editor.get("items/" + id + "/revisions").array()).hasSize(2);
  }

  private long column(String code) {
    return editor.columnId("fgw", code);
  }

  private static JsonObject completeGuide(List<Long> forms) {
    return object(
        "itemCode", "220100-FGW-001",
        "basis", "《中华人民共和国行政许可法》",
        "conditions", "本市登记的企业",
        "materials",
            List.of(object("name", "申请书", "copies", 1, "original", true, "required", true)),
        "process", List.of("申请", "受理", "审查", "决定"),
        "timeLimit", object("statutoryDays", 20, "promisedDays", 5),
        "fees", "免费",
        "location", "长春市政务服务中心",
        "hours", "工作日 9:00-17:00",
        "department", "长春市发展和改革委员会",
        "phone", "0431-88888888",
        "supervisionPhone", "0431-12345",
        "forms", forms);
  }
}
