package org.zhanqun.cms.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;
import static org.zhanqun.cms.testing.JsonBody.with;
import static org.zhanqun.cms.testing.JsonBody.without;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.ApiResponseAssert;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ExchangeFolders;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * Letters on the real server (issue #17): a citizen writes to the mayor's mailbox, the portal
 * routes the letter, departments transfer it with a reason, 发改委 drafts, its reviewer sends back and
 * approves, publishes without personal data, the citizen rates; rights, bad input, the rate limit,
 * the query code and the encryption at rest. The demo channels are portal/mayor, fgw/mailbox and
 * jyj/mailbox ({@code DemoChannels}).
 */
@ZhanqunIT
class LettersIT {

  private static final String NAME = "王小明";
  private static final String PHONE = "13912345678";
  private static final String EMAIL = "wang.xiaoming@example.cn";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private CitizenDoor citizen;

  @BeforeEach
  void arrive() {
    anonymous = ApiClient.anonymous(base);
    citizen = CitizenDoor.at(base);
  }

  @Test
  void aLetterToTheMayorIsRoutedTransferredRepliedPublishedRatedAndClosed() {
    ApiClient portal = portalHandler();
    ApiClient editorJyj = anonymous.as(DemoUser.EDITOR_JYJ);
    ApiClient editorFgw = anonymous.as(DemoUser.EDITOR_FGW);
    ApiClient reviewerFgw = anonymous.as(DemoUser.REVIEWER_FGW);
    String subject = Unique.text("关于停车收费标准的咨询");

    ApiResponse received = citizen.postJson("public/letters", letter("portal", "mayor", subject));

    ApiResponseAssert.assertThat(received).hasStatus(201);
    String number = received.json().getString("number");
    String code = received.json().getString("queryCode");
    assertThat(number).matches("XJ\\d{4}-\\d{6}");
    assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}");
    assertThat(received.json().getString("status")).isEqualTo("received");
    assertThat(status(code).getString("status")).isEqualTo("received");
    long id = idOf(portal, "portal", subject);

    ok(portal.post("letters/" + id + "/accept"));
    assertThat(status(code).getString("status")).isEqualTo("accepted");

    ok(portal.post("letters/" + id + "/assign", object("site", "jyj")));
    ApiResponseAssert.assertThat(editorJyj.post("letters/" + id + "/assign", object("site", "fgw")))
        .hasStatus(400)
        .hasErrorOn("reason");
    ok(editorJyj.post("letters/" + id + "/assign", object("site", "fgw", "reason", "停车收费属发改委职责")));
    JsonObject atFgw = ok(editorFgw.get("letters/" + id));
    assertThat(atFgw.getString("site")).isEqualTo("fgw");
    assertThat(atFgw.getJsonObject("contact").getString("name")).isEqualTo(NAME);
    assertThat(atFgw.getJsonObject("contact").getString("phone")).isEqualTo(PHONE);
    ApiResponseAssert.assertThat(editorJyj.get("letters/" + id)).hasStatus(403);

    ok(editorFgw.post("letters/" + id + "/draft", object("reply", "收费标准见发改委文件。")));
    ok(editorFgw.post("letters/" + id + "/submit"));
    JsonObject inReview = status(code);
    assertThat(inReview.getString("status")).isEqualTo("in-review");
    assertThat(inReview.containsKey("reply")).isFalse();
    ApiResponseAssert.assertThat(editorFgw.post("letters/" + id + "/approve")).hasStatus(403);

    ok(reviewerFgw.post("letters/" + id + "/send-back", object("comment", "请写明文件名称")));
    assertThat(status(code).getString("status")).isEqualTo("accepted");
    String reply = "停车收费标准见《长春市机动车停放服务收费管理办法》，如有疑问请致电发改委价格科。";
    ok(editorFgw.post("letters/" + id + "/draft", object("reply", reply)));
    ok(editorFgw.post("letters/" + id + "/submit"));
    ok(reviewerFgw.post("letters/" + id + "/approve"));
    JsonObject replied = status(code);
    assertThat(replied.getString("status")).isEqualTo("replied");
    assertThat(replied.getString("reply")).isEqualTo(reply);
    assertThat(replied.getString("replyingSite")).isEqualTo("fgw");
    assertThat(replied.getString("replied")).isNotBlank();

    ApiResponse withPhone =
        reviewerFgw.post(
            "letters/" + id + "/publish",
            object("question", "我的电话" + PHONE + "，请问停车收费标准？", "reply", reply));
    ApiResponseAssert.assertThat(withPhone).hasStatus(422).hasErrorOn("question");
    ok(
        reviewerFgw.post(
            "letters/" + id + "/publish",
            object("subject", "停车收费标准咨询", "question", "请问停车收费标准是什么？", "reply", reply)));
    assertThat(status(code).getString("published")).isNotBlank();

    JsonObject rated =
        ok(
            citizen.postJson(
                "public/letters/rating", object("queryCode", code, "rating", "satisfied")));
    assertThat(rated.getString("rating")).isEqualTo("satisfied");
    ApiResponseAssert.assertThat(
            citizen.postJson(
                "public/letters/rating", object("queryCode", code, "rating", "unsatisfied")))
        .hasStatus(409);

    ok(editorFgw.post("letters/" + id + "/close"));
    JsonObject closed = status(code);
    assertThat(closed.getString("status")).isEqualTo("closed");
    assertThat(closed.getJsonArray("steps").getValuesAs(JsonObject.class))
        .extracting(step -> step.getString("step"))
        .containsExactly(
            "received",
            "accepted",
            "assigned",
            "assigned",
            "replied",
            "published",
            "rated",
            "closed");
    assertThat(closed.toString()).doesNotContain(NAME).doesNotContain(PHONE).doesNotContain(EMAIL);

    JsonObject handled = ok(editorFgw.get("letters/" + id));
    assertThat(handled.getJsonArray("steps").getValuesAs(JsonObject.class))
        .extracting(step -> step.getString("step") + " " + step.getString("actor"))
        .contains(
            "received public",
            "assigned editor.jyj",
            "sent-back reviewer.fgw",
            "replied reviewer.fgw");
    assertThat(handled.getBoolean("onTime")).isTrue();

    JsonObject statistics =
        ok(anonymous.as(DemoUser.EVALUATOR).get("interaction/statistics?site=fgw"));
    JsonObject fgw = statistics.getJsonArray("sites").getJsonObject(0);
    assertThat(fgw.getString("site")).isEqualTo("fgw");
    assertThat(fgw.getInt("answered")).isPositive();
    assertThat(fgw.getInt("published")).isPositive();
    assertThat(fgw.getInt("rated")).isPositive();
  }

  @Test
  void aHandlerOfJyjCannotReadOrActOnTheLettersOfFgw() {
    String subject = Unique.text("关于项目审批的建议");
    ok(citizen.postJson("public/letters", letter("fgw", "mailbox", subject)));
    ApiClient editorFgw = anonymous.as(DemoUser.EDITOR_FGW);
    long id = idOf(editorFgw, "fgw", subject);
    ApiClient editorJyj = anonymous.as(DemoUser.EDITOR_JYJ);
    ApiClient reviewerJyj = anonymous.as(DemoUser.REVIEWER_JYJ);

    ApiResponseAssert.assertThat(editorJyj.get("letters/" + id)).hasStatus(403);
    ApiResponseAssert.assertThat(editorJyj.get("letters?site=fgw")).hasStatus(403);
    ApiResponseAssert.assertThat(editorJyj.post("letters/" + id + "/accept")).hasStatus(403);
    ApiResponseAssert.assertThat(
            editorJyj.post("letters/" + id + "/reject", object("reason", "不属实")))
        .hasStatus(403);
    ApiResponseAssert.assertThat(reviewerJyj.post("letters/" + id + "/approve")).hasStatus(403);
    assertThat(editorJyj.get("letters").array().toString()).doesNotContain(subject);

    JsonObject unchanged = ok(editorFgw.get("letters/" + id));
    assertThat(unchanged.getString("status")).isEqualTo("received");
    assertThat(unchanged.getJsonArray("steps")).hasSize(1);
    ApiResponseAssert.assertThat(editorFgw.post("letters/" + id + "/approve")).hasStatus(403);
    ApiResponseAssert.assertThat(
            anonymous.as(DemoUser.REVIEWER_FGW).post("letters/" + id + "/approve"))
        .hasStatus(409);
  }

  @Test
  void refusesBadLettersNamingTheFieldAndStoresNothing() throws SQLException {
    String subject = Unique.text("坏信件");
    JsonObject good = letter("fgw", "mailbox", subject);
    Map<String, JsonObject> bad = new LinkedHashMap<>();
    bad.put("subject", without(good, "subject"));
    bad.put("text", with(good, "text", "长".repeat(5001)));
    bad.put("phone", with(good, "phone", "12345"));
    bad.put("email", with(good, "email", "wang@"));
    bad.put("channel", with(good, "channel", "nosuch"));
    bad.put("site", with(good, "site", "nosuch"));
    bad.put("kind", with(good, "kind", "praise"));
    bad.put("name", with(good, "name", "<b>王</b>"));

    for (Map.Entry<String, JsonObject> entry : bad.entrySet()) {
      ApiResponseAssert.assertThat(citizen.postJson("public/letters", entry.getValue()))
          .hasStatus(400)
          .hasErrorOn(entry.getKey());
    }
    ApiResponse markup =
        citizen.postJson("public/letters", with(good, "text", "<script>x</script>"));
    assertThat(markup.json().toString()).contains("markup is not allowed");
    ApiResponse noContact =
        citizen.postJson("public/letters", without(without(good, "phone"), "email"));
    ApiResponseAssert.assertThat(noContact).hasStatus(400).hasErrorOn("phone");
    ApiResponse honeypot =
        CitizenDoor.at(base)
            .postJson("public/letters", with(good, "website", "http://spam.example"));
    assertThat(honeypot.status()).isEqualTo(400);
    assertThat(honeypot.text()).doesNotContain("website");

    assertThat(count("SELECT COUNT(*) FROM letter WHERE subject = ?", subject)).isZero();
  }

  @Test
  void aWrongQueryCodeGetsExactlyTheAnswerOfAnUnknownOne() {
    String code =
        ok(citizen.postJson("public/letters", letter("fgw", "mailbox", Unique.text("查询码"))))
            .getString("queryCode");
    char first = code.charAt(0);
    String wrong = (first == '0' ? '1' : '0') + code.substring(1);

    ApiResponse wrongAnswer = citizen.postJson("public/letters/status", object("queryCode", wrong));
    ApiResponse unknownAnswer =
        citizen.postJson("public/letters/status", object("queryCode", "0000-0000-0000-0000-0000"));
    ApiResponse malformed = citizen.postJson("public/letters/status", object("queryCode", "abc"));

    ApiResponseAssert.assertThat(wrongAnswer).hasStatus(404).hasErrorOn("queryCode");
    assertThat(wrongAnswer.body()).isEqualTo(unknownAnswer.body()).isEqualTo(malformed.body());
    assertThat(
            ok(citizen.postJson(
                    "public/letters/status",
                    object("queryCode", code.toLowerCase().replace("-", ""))))
                .getString("status"))
        .isEqualTo("received");
  }

  @Test
  void limitsLettersPerAddressAndChannelWithRetryAfterWhileAnotherAddressGetsThrough() {
    long limit =
        org.zhanqun.cms.testing.ShippedConfig.number("zhanqun.interaction.rate.per-address");
    for (int i = 0; i < limit; i++) {
      ok(citizen.postJson("public/letters", letter("jyj", "mailbox", Unique.text("限流"))));
    }

    ApiResponse refused =
        citizen.postJson("public/letters", letter("jyj", "mailbox", Unique.text("限流")));

    assertThat(refused.status()).isEqualTo(429);
    assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isPositive();
    ApiResponseAssert.assertThat(
            CitizenDoor.at(base)
                .postJson("public/letters", letter("jyj", "mailbox", Unique.text("限流"))))
        .hasStatus(201);
    ApiResponseAssert.assertThat(
            citizen.postJson("public/letters", letter("fgw", "mailbox", Unique.text("限流"))))
        .hasStatus(201);
  }

  @Test
  void keepsThePersonalDataEncryptedInTheDatabase() throws SQLException {
    String subject = Unique.text("加密");
    ok(citizen.postJson("public/letters", letter("fgw", "mailbox", subject)));

    try (Connection db = database();
        PreparedStatement statement =
            db.prepareStatement(
                "SELECT name_sealed, phone_sealed, email_sealed, query_hash FROM letter WHERE subject = ?")) {
      statement.setString(1, subject);
      try (ResultSet row = statement.executeQuery()) {
        assertThat(row.next()).isTrue();
        String stored = row.getString(1) + row.getString(2) + row.getString(3) + row.getString(4);
        assertThat(stored)
            .doesNotContain(NAME)
            .doesNotContain(PHONE)
            .doesNotContain(EMAIL)
            .doesNotContain("wang");
        assertThat(row.getString(1)).isNotBlank();
      }
    }
  }

  @Test
  void anExportCarriesTheChannelsButNoLetterAndNoPersonalData() throws IOException {
    String planted = "赵铁柱" + Unique.siteId();
    ok(
        citizen.postJson(
            "public/letters", with(letter("fgw", "mailbox", Unique.text("导出")), "name", planted)));
    String name = ExchangeFolders.newName("letters-export");

    ApiResponseAssert.assertThat(
            anonymous.as(DemoUser.ADMIN).post("exchange/export", object("folder", name)))
        .hasStatus(200);

    Path folder = ExchangeFolders.root().resolve(name);
    assertThat(Files.readString(folder.resolve("interaction.yaml"))).contains("mailbox");
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        String utf8 = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertThat(utf8).as(file.toString()).doesNotContain(planted).doesNotContain(EMAIL);
        assertThat(text).as(file.toString()).doesNotContain(PHONE);
      }
    }
  }

  @Test
  void aPlainFormPostGetsAnHtmlReceiptWithTheQueryCodeAndErrorsWithALinkBack() {
    String baseUrl = anonymous.as(DemoUser.ADMIN).get("cluster").json().getString("baseUrl");
    String page = baseUrl + (baseUrl.endsWith("/") ? "" : "/") + "fgw/letters/mailbox/index.html";
    Map<String, String> form = new LinkedHashMap<>();
    form.put("site", "fgw");
    form.put("channel", "mailbox");
    form.put("subject", Unique.text("表单信件"));
    form.put("text", "没有 JavaScript 也能提交。");
    form.put("name", NAME);
    form.put("phone", PHONE);
    form.put("publishConsent", "on");
    form.put("website", "");
    form.put("lang", "en");
    form.put("back", page);

    ApiResponse receipt = citizen.postForm("public/letters", form);

    assertThat(receipt.status()).isEqualTo(201);
    assertThat(receipt.header("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(receipt.text())
        .contains("<html lang=\"en\">", "Letter received", "Query code")
        .containsPattern("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}")
        .contains("href=\"" + page + "\"");

    form.put("phone", "12345");
    form.put("back", "https://evil.example/phish");
    form.put("lang", "zh-CN");
    ApiResponse errors = citizen.postForm("public/letters", form);

    assertThat(errors.status()).isEqualTo(400);
    assertThat(errors.text())
        .contains("<html lang=\"zh-CN\">", "电话")
        .doesNotContain("evil.example");
  }

  @Test
  void theOpenApiDocumentShowsThePublicDoorsForJsonAndPlainForms() {
    JsonObject paths = anonymous.getFromServerRoot("/openapi").json().getJsonObject("paths");

    assertThat(paths.keySet())
        .contains(
            "/api/v1/public/letters",
            "/api/v1/public/letters/status",
            "/api/v1/public/letters/rating",
            "/api/v1/letters/{id}/approve",
            "/api/v1/interaction/statistics");
    assertThat(
            paths
                .getJsonObject("/api/v1/public/letters")
                .getJsonObject("post")
                .getJsonObject("requestBody")
                .getJsonObject("content")
                .keySet())
        .contains("application/json", "application/x-www-form-urlencoded");
  }

  // ---------------------------------------------------------------------------------------

  private static JsonObject letter(String site, String channel, String subject) {
    return object(
        "site", site,
        "channel", channel,
        "kind", "consultation",
        "subject", subject,
        "text", "请问相关规定是什么？谢谢。",
        "name", NAME,
        "phone", PHONE,
        "email", EMAIL,
        "publishConsent", true,
        "website", "");
  }

  private JsonObject status(String code) {
    return ok(citizen.postJson("public/letters/status", object("queryCode", code)));
  }

  private static JsonObject ok(ApiResponse response) {
    assertThat(response.status()).as(response.describe()).isBetween(200, 201);
    return response.json();
  }

  private static long idOf(ApiClient handler, String site, String subject) {
    List<JsonObject> letters =
        handler.get("letters?site=" + site + "&size=200").array().getValuesAs(JsonObject.class);
    return letters.stream()
        .filter(letter -> letter.getString("subject").equals(subject))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  /** A new account handling the portal: the demo accounts have none. */
  private ApiClient portalHandler() {
    String username = "portal." + Unique.siteId();
    String password = "password-" + username;
    ApiResponseAssert.assertThat(
            anonymous
                .as(DemoUser.ADMIN)
                .post(
                    "users",
                    object(
                        "username",
                        username,
                        "password",
                        password,
                        "displayName",
                        "市长信箱办理员",
                        "sites",
                        List.of(
                            Map.of("site", "portal", "role", "EDITOR"),
                            Map.of("site", "portal", "role", "REVIEWER")))))
        .hasStatus(201);
    return anonymous.as(username, password);
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + System.getProperty("it.mariadb.port") + "/zhanqun",
        "root",
        "");
  }

  private static long count(String sql, String parameter) throws SQLException {
    try (Connection db = database();
        PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
