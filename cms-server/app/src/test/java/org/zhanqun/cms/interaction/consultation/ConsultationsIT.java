package org.zhanqun.cms.interaction.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * Consultations (征集调查) on the real server: fgw puts a draft to the public, citizens send opinions
 * while it is open (JSON and the plain form), a closed one refuses them, fgw's reviewer publishes
 * the result with the right count; another department cannot read the opinions; bad input is
 * refused naming the field with nothing stored; names and contacts are stored only encrypted.
 */
@ZhanqunIT
class ConsultationsIT {

  private static final String PLANTED_NAME = "张三丰测试";
  private static final String PLANTED_PHONE = "13912345678";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient editor;
  private ApiClient reviewer;
  private ApiClient otherEditor;
  private PublicDoor citizen;
  private LocalDate today;

  @BeforeEach
  void logIn() {
    ApiClient anonymous = ApiClient.anonymous(base);
    editor = anonymous.as(DemoUser.EDITOR_FGW);
    reviewer = anonymous.as(DemoUser.REVIEWER_FGW);
    otherEditor = anonymous.as(DemoUser.EDITOR_JYJ);
    citizen = new PublicDoor(base);
    today = LocalDate.now(ZoneId.of(anonymous.get("cluster").json().getString("timeZone")));
  }

  @Test
  void aConsultationTakesOpinionsWhileOpenAndPublishesItsResultCountedAfterClosing()
      throws SQLException {
    JsonObject created = create(Unique.slug("draft"), today, today.plusDays(14));
    long id = created.getJsonNumber("id").longValue();
    String code = created.getString("code");
    assertThat(created.getString("status")).isEqualTo("open");

    ApiResponse first =
        citizen.postJson(
            opinions(code),
            object(
                    "text",
                    "建议延长公示期。",
                    "name",
                    PLANTED_NAME,
                    "contact",
                    PLANTED_PHONE,
                    "website",
                    "")
                .toString());
    assertThat(first).hasStatus(201);
    assertThat(first.json().getString("number")).matches("YJ\\d{4}-\\d{6}");
    assertThat(citizen.postJson(opinions(code), object("text", "同意。").toString())).hasStatus(201);
    ApiResponse form =
        citizen.postForm(
            opinions(code),
            Map.of(
                "text", "第三条表述不清。", "contact", "citizen@example.cn", "website", "", "lang", "en"));
    assertThat(form).hasStatus(201);
    assertThat(form.header("Content-Type").orElse("")).startsWith("text/html");
    assertThat(form.text()).contains("YJ");

    List<JsonObject> received =
        editor.get("consultations/" + id + "/opinions").array().getValuesAs(JsonObject.class);
    assertThat(received)
        .extracting(o -> o.getString("text"))
        .containsExactly("建议延长公示期。", "同意。", "第三条表述不清。");
    assertThat(received.get(0).getString("name")).isEqualTo(PLANTED_NAME);
    assertThat(received.get(0).getString("contact")).isEqualTo(PLANTED_PHONE);
    assertThat(received.get(2).getString("contact")).isEqualTo("citizen@example.cn");
    assertThat(sealedValues(id))
        .isNotEmpty()
        .allSatisfy(
            stored -> {
              assertThat(stored)
                  .doesNotContain(PLANTED_NAME)
                  .doesNotContain(PLANTED_PHONE)
                  .doesNotContain("citizen@example.cn");
            });

    assertThat(reviewer.post("consultations/" + id + "/result", object("result", "太早了")))
        .hasStatus(409)
        .hasErrorOn("result");

    closeYesterday(id);
    ApiResponse late = citizen.postJson(opinions(code), object("text", "晚到的意见").toString());
    assertThat(late).hasStatus(409).hasErrorOn("code");
    assertThat(
            editor.put(
                "consultations/" + id,
                object(
                    "title",
                    "改",
                    "text",
                    "改",
                    "opens",
                    today.minusDays(20).toString(),
                    "closes",
                    today.plusDays(3).toString(),
                    "version",
                    editor.get("consultations/" + id).version())))
        .hasStatus(409);

    assertThat(editor.post("consultations/" + id + "/result", object("result", "编辑不能发布")))
        .hasStatus(403);
    ApiResponse published =
        reviewer.post("consultations/" + id + "/result", object("result", "采纳了延长公示期的建议。"));
    assertThat(published).hasStatus(200);
    assertThat(published.json().getString("status")).isEqualTo("closed");
    assertThat(published.json().getInt("opinions")).isEqualTo(3);
    assertThat(published.json().getString("result")).isEqualTo("采纳了延长公示期的建议。");
    assertThat(published.json().getString("resultPublishedBy"))
        .isEqualTo(DemoUser.REVIEWER_FGW.username());
    assertThat(reviewer.post("consultations/" + id + "/result", object("result", "再发一次")))
        .hasStatus(409)
        .hasErrorOn("result");
    assertThat(editor.get("consultations/" + id + "/opinions").array()).hasSize(3);
  }

  @Test
  void anEditorOfAnotherDepartmentCannotReadTheOpinionsNorTouchTheConsultation() {
    JsonObject created = create(Unique.slug("rights"), today.plusDays(3), today.plusDays(10));
    long id = created.getJsonNumber("id").longValue();

    assertThat(otherEditor.get("consultations/" + id + "/opinions")).hasStatus(403);
    assertThat(otherEditor.get("consultations/" + id)).hasStatus(403);
    assertThat(otherEditor.get("consultations?site=fgw")).hasStatus(403);
    assertThat(otherEditor.put("consultations/" + id, with(created, "title", "被改了")))
        .hasStatus(403);
    assertThat(otherEditor.post("consultations/" + id + "/result", object("result", "x")))
        .hasStatus(403);
    assertThat(otherEditor.get("consultations").array().getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("site"))
        .doesNotContain("fgw");

    JsonObject after = editor.get("consultations/" + id).json();
    assertThat(after.getString("title")).isEqualTo(created.getString("title"));
    assertThat(after.getInt("version")).isEqualTo(created.getInt("version"));
  }

  @Test
  void anUpcomingConsultationCanBeEditedAndRefusesOpinionsUntilItOpens() {
    JsonObject created = create(Unique.slug("soon"), today.plusDays(2), today.plusDays(9));
    long id = created.getJsonNumber("id").longValue();
    assertThat(created.getString("status")).isEqualTo("upcoming");

    assertThat(
            citizen.postJson(opinions(created.getString("code")), object("text", "太早").toString()))
        .hasStatus(409)
        .hasErrorOn("code");

    ApiResponse edited = editor.put("consultations/" + id, with(created, "title", "修改后的标题"));
    assertThat(edited).hasStatus(200);
    assertThat(edited.json().getString("title")).isEqualTo("修改后的标题");
    assertThat(editor.put("consultations/" + id, with(created, "title", "旧版本")))
        .hasStatus(409)
        .hasErrorOn("version");
    assertThat(editor.get("consultations/" + id + "/opinions").array()).isEmpty();
  }

  @Test
  void badOpinionsAreRefusedNamingTheFieldAndNothingIsStored() {
    JsonObject created = create(Unique.slug("bad"), today, today.plusDays(5));
    long id = created.getJsonNumber("id").longValue();
    String code = created.getString("code");

    assertThat(citizen.postJson(opinions(code), object("text", "意".repeat(2001)).toString()))
        .hasStatus(400)
        .hasErrorOn("text");
    assertThat(
            citizen.postJson(
                opinions(code), object("text", "见<script>alert(1)</script>").toString()))
        .hasStatus(400)
        .hasErrorOn("text");
    assertThat(citizen.postJson(opinions(code), object("text", "   ").toString()))
        .hasStatus(400)
        .hasErrorOn("text");
    assertThat(citizen.postJson(opinions(code), object("text", "好", "contact", "不是电话").toString()))
        .hasStatus(400)
        .hasErrorOn("contact");
    assertThat(
            citizen.postJson(
                opinions(code), object("text", "好", "website", "http://spam").toString()))
        .hasStatus(400);
    assertThat(
            citizen.postJson(
                "public/consultations/fgw/" + Unique.slug("none") + "/opinions",
                object("text", "好").toString()))
        .hasStatus(404)
        .hasErrorOn("code");
    assertThat(
            citizen.postJson(
                "public/consultations/nosuchsite/" + code + "/opinions",
                object("text", "好").toString()))
        .hasStatus(404)
        .hasErrorOn("site");
    ApiResponse form = citizen.postForm(opinions(code), Map.of("text", "<b>粗</b>"));
    assertThat(form).hasStatus(400);
    assertThat(form.header("Content-Type").orElse("")).startsWith("text/html");

    assertThat(editor.get("consultations/" + id + "/opinions").array()).isEmpty();
    assertThat(editor.get("consultations/" + id).json().getInt("opinions")).isZero();
  }

  @Test
  void badDatesAndCodesAreRefusedNamingTheField() {
    String code = Unique.slug("dates");
    assertThat(editor.post("consultations", request(code, today.plusDays(5), today.plusDays(4))))
        .hasStatus(400)
        .hasErrorOn("closes");
    assertThat(editor.post("consultations", request(code, today.minusDays(9), today.minusDays(1))))
        .hasStatus(400)
        .hasErrorOn("closes");
    assertThat(
            editor.post(
                "consultations",
                with(request(code, today, today.plusDays(1)), "opens", "2026-02-30")))
        .hasStatus(400)
        .hasErrorOn("opens");
    assertThat(editor.post("consultations", request("Bad_Code", today, today.plusDays(1))))
        .hasStatus(400)
        .hasErrorOn("code");
    assertThat(
            editor.post(
                "consultations", with(request(code, today, today.plusDays(1)), "title", "")))
        .hasStatus(400)
        .hasErrorOn("title");
    assertThat(otherEditor.post("consultations", request(code, today, today.plusDays(1))))
        .hasStatus(403);
    assertThat(editor.get("consultations?site=fgw").array().getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("code"))
        .doesNotContain(code);

    create(code, today, today.plusDays(1));
    assertThat(editor.post("consultations", request(code, today, today.plusDays(2))))
        .hasStatus(409)
        .hasErrorOn("code");
  }

  @Test
  void oneAddressSendingMoreOpinionsThanTheLimitWaitsAndOthersDoNot() {
    String code = create(Unique.slug("limit"), today, today.plusDays(3)).getString("code");
    PublicDoor sameAddress = citizen.fromOneAddress();
    for (int i = 1; i <= 5; i++) {
      assertThat(sameAddress.postJson(opinions(code), object("text", "意见 " + i).toString()))
          .hasStatus(201);
    }

    ApiResponse sixth = sameAddress.postJson(opinions(code), object("text", "意见 6").toString());

    assertThat(sixth).hasStatus(429);
    assertThat(sixth.header("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
    assertThat(citizen.postJson(opinions(code), object("text", "别人的意见").toString())).hasStatus(201);
  }

  private JsonObject create(String code, LocalDate opens, LocalDate closes) {
    ApiResponse created = editor.post("consultations", request(code, opens, closes));
    assertThat(created).hasStatus(201);
    return created.json();
  }

  private static JsonObject request(String code, LocalDate opens, LocalDate closes) {
    return object(
        "site",
        "fgw",
        "code",
        code,
        "title",
        Unique.text("关于《长春市价格监督办法（征求意见稿）》公开征求意见"),
        "text",
        "## 第一条\n\n为了规范价格行为，制定本办法。",
        "opens",
        opens.toString(),
        "closes",
        closes.toString());
  }

  /** The consultation's request fields with {@code field} set to {@code value}. */
  private static JsonObject with(JsonObject consultation, String field, String value) {
    Map<String, Object> fields = new java.util.LinkedHashMap<>();
    for (String name : List.of("site", "code", "title", "text", "opens", "closes")) {
      fields.put(name, consultation.containsKey(name) ? consultation.getString(name) : null);
    }
    fields.put(field, value);
    List<Object> pairs = new ArrayList<>();
    fields.forEach(
        (name, v) -> {
          pairs.add(name);
          pairs.add(v);
        });
    if (consultation.containsKey("version")) {
      pairs.add("version");
      pairs.add(consultation.getInt("version"));
    }
    return object(pairs.toArray());
  }

  private static String opinions(String code) {
    return "public/consultations/fgw/" + code + "/opinions";
  }

  /** Moves the consultation's days back, as if three weeks had passed: it closed yesterday. */
  private void closeYesterday(long id) throws SQLException {
    try (Connection db = database();
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE consultation SET opens_on = ?, closes_on = ? WHERE id = ?")) {
      update.setObject(1, today.minusDays(21));
      update.setObject(2, today.minusDays(1));
      update.setLong(3, id);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  /** Every stored name and contact of the consultation's opinions, as the database holds them. */
  private static List<String> sealedValues(long id) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT name_sealed, contact_sealed, text FROM consultation_opinion"
                    + " WHERE consultation_id = ?")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          for (int column = 1; column <= 2; column++) {
            if (rows.getString(column) != null) {
              values.add(rows.getString(column));
            }
          }
        }
      }
    }
    return values;
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + System.getProperty("it.mariadb.port") + "/zhanqun",
        "root",
        "");
  }
}
