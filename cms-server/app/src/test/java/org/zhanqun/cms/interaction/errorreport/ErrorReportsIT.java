package org.zhanqun.cms.interaction.errorreport;

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
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.interaction.consultation.PublicDoor;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * Error reports (我为政府网站找错) on the real server: a report goes to the site its URL belongs to, is
 * forwarded to the responsible department with a reason and answered there, every step with who and
 * when; the reporter's contact is stored only encrypted; bad input and other departments' editors
 * are refused with nothing stored or changed.
 */
@ZhanqunIT
class ErrorReportsIT {

  private static final String PLANTED_EMAIL = "reporter.planted@example.cn";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient fgwEditor;
  private ApiClient jyjEditor;
  private PublicDoor citizen;
  private String clusterBase;

  @BeforeEach
  void logIn() {
    ApiClient anonymous = ApiClient.anonymous(base);
    fgwEditor = anonymous.as(DemoUser.EDITOR_FGW);
    jyjEditor = anonymous.as(DemoUser.EDITOR_JYJ);
    citizen = new PublicDoor(base);
    clusterBase = anonymous.get("cluster").json().getString("baseUrl");
  }

  @Test
  void aReportGoesToTheSiteOfItsUrlIsForwardedAndAnsweredWithEveryStepRecorded()
      throws SQLException {
    String description = Unique.text("“价格听证”链接打不开");
    ApiResponse sent =
        citizen.postJson(
            "public/error-reports",
            object(
                    "url",
                    clusterBase + "jyj/news/price-hearing.html",
                    "description",
                    description,
                    "contact",
                    PLANTED_EMAIL,
                    "website",
                    "")
                .toString());
    assertThat(sent).hasStatus(201);
    assertThat(sent.json().getString("number")).matches("ZC\\d{4}-\\d{6}");
    assertThat(sent.json().getString("site")).isEqualTo("jyj");
    long id = idOf(sent.json().getString("number"));
    assertThat(sealedContact(id))
        .isNotNull()
        .doesNotContain(PLANTED_EMAIL)
        .doesNotContain("planted");

    JsonObject atJyj = jyjEditor.get("error-reports/" + id).json();
    assertThat(atJyj.getString("contact")).isEqualTo(PLANTED_EMAIL);
    assertThat(
            jyjEditor
                .get("error-reports?site=jyj&status=open")
                .array()
                .getValuesAs(JsonObject.class))
        .extracting(r -> r.getString("number"))
        .contains(sent.json().getString("number"));
    assertThat(fgwEditor.get("error-reports/" + id)).hasStatus(403);

    ApiResponse forwarded =
        jyjEditor.post(
            "error-reports/" + id + "/forward", object("site", "fgw", "reason", "价格听证由发改委负责"));
    assertThat(forwarded).hasStatus(200);
    assertThat(forwarded.json().getString("site")).isEqualTo("fgw");
    assertThat(forwarded.json().getString("contact", null)).isNull();

    assertThat(jyjEditor.post("error-reports/" + id + "/answer", object("answer", "不归我们")))
        .hasStatus(403);
    ApiResponse answered =
        fgwEditor.post("error-reports/" + id + "/answer", object("answer", "链接已修复，感谢指正。"));
    assertThat(answered).hasStatus(200);
    assertThat(answered.json().getString("status")).isEqualTo("answered");
    assertThat(answered.json().getString("contact")).isEqualTo(PLANTED_EMAIL);
    List<JsonObject> steps = answered.json().getJsonArray("steps").getValuesAs(JsonObject.class);
    assertThat(steps)
        .extracting(s -> s.getString("action"))
        .containsExactly("received", "forwarded", "answered");
    assertThat(steps)
        .extracting(s -> s.getString("actor"))
        .containsExactly("public", DemoUser.EDITOR_JYJ.username(), DemoUser.EDITOR_FGW.username());
    assertThat(steps.get(1).getString("fromSite")).isEqualTo("jyj");
    assertThat(steps.get(1).getString("toSite")).isEqualTo("fgw");
    assertThat(steps.get(1).getString("note")).isEqualTo("价格听证由发改委负责");
    assertThat(steps).allSatisfy(s -> assertThat(s.getString("at")).isNotBlank());

    assertThat(fgwEditor.post("error-reports/" + id + "/answer", object("answer", "again")))
        .hasStatus(409);
    assertThat(
            fgwEditor.post(
                "error-reports/" + id + "/forward", object("site", "jyj", "reason", "x")))
        .hasStatus(409);
    assertThat(
            fgwEditor
                .get("error-reports?site=fgw&status=answered")
                .array()
                .getValuesAs(JsonObject.class))
        .extracting(r -> r.getString("number"))
        .contains(sent.json().getString("number"));
  }

  @Test
  void theLongestSitePathDecidesAndEverythingElseGoesToThePortal() {
    assertThat(siteOf(clusterBase + "fgw/")).isEqualTo("fgw");
    assertThat(siteOf(clusterBase + "fgw/en/policy/x.html?from=search#top")).isEqualTo("fgw");
    assertThat(siteOf(clusterBase + "index.html")).isEqualTo("portal");
    assertThat(siteOf(clusterBase + "fgwx/page.html")).isEqualTo("portal");
  }

  @Test
  void badReportsAreRefusedNamingTheFieldAndNothingIsStored() throws SQLException {
    String marker = Unique.text("坏输入");
    assertThat(report("https://www.example.com/fgw/", marker)).hasStatus(400).hasErrorOn("url");
    assertThat(report("javascript:alert(1)", marker)).hasStatus(400).hasErrorOn("url");
    assertThat(report("", marker)).hasStatus(400).hasErrorOn("url");
    assertThat(report(clusterBase + "fgw/", marker + "<img src=x>"))
        .hasStatus(400)
        .hasErrorOn("description");
    assertThat(report(clusterBase + "fgw/", marker + "错".repeat(2001)))
        .hasStatus(400)
        .hasErrorOn("description");
    assertThat(
            citizen.postJson(
                "public/error-reports",
                object("url", clusterBase + "fgw/", "description", marker, "contact", "12345")
                    .toString()))
        .hasStatus(400)
        .hasErrorOn("contact");
    assertThat(
            citizen.postJson(
                "public/error-reports",
                object(
                        "url",
                        clusterBase + "fgw/",
                        "description",
                        marker,
                        "website",
                        "filled-by-a-robot")
                    .toString()))
        .hasStatus(400);
    ApiResponse form =
        citizen.postForm(
            "public/error-reports",
            Map.of("url", "http://elsewhere.example/", "description", marker));
    assertThat(form).hasStatus(400);
    assertThat(form.header("Content-Type").orElse("")).startsWith("text/html");

    assertThat(storedWith(marker)).isZero();
  }

  @Test
  void aPlainFormPostGetsAnHtmlReceiptWithTheNumber() {
    ApiResponse form =
        citizen.postForm(
            "public/error-reports",
            Map.of(
                "url",
                clusterBase + "fgw/news/",
                "description",
                "栏目页图片缺失",
                "website",
                "",
                "lang",
                "zh-CN",
                "back",
                clusterBase + "fgw/report-error/"));
    assertThat(form).hasStatus(201);
    assertThat(form.header("Content-Type").orElse("")).startsWith("text/html");
    assertThat(form.text()).containsPattern("ZC\\d{4}-\\d{6}").contains("纠错");
  }

  @Test
  void anEditorOfAnotherDepartmentCanNeitherForwardNorAnswerNorRead() {
    ApiResponse sent = report(clusterBase + "fgw/about/", Unique.text("机构概况电话错误"));
    long id = idOf(sent.json().getString("number"));

    assertThat(
            jyjEditor.post(
                "error-reports/" + id + "/forward", object("site", "jyj", "reason", "抢")))
        .hasStatus(403);
    assertThat(jyjEditor.post("error-reports/" + id + "/answer", object("answer", "x")))
        .hasStatus(403);
    assertThat(jyjEditor.get("error-reports?site=fgw")).hasStatus(403);
    JsonObject unchanged = fgwEditor.get("error-reports/" + id).json();
    assertThat(unchanged.getString("site")).isEqualTo("fgw");
    assertThat(unchanged.getString("status")).isEqualTo("open");
    assertThat(unchanged.getJsonArray("steps")).hasSize(1);
    assertThat(
            fgwEditor.post(
                "error-reports/" + id + "/forward", object("site", "fgw", "reason", "x")))
        .hasStatus(400)
        .hasErrorOn("site");
    assertThat(fgwEditor.post("error-reports/" + id + "/answer", object("answer", " ")))
        .hasStatus(400)
        .hasErrorOn("answer");
  }

  @Test
  void theOpenApiDocumentDescribesTheConsultationAndErrorReportEndpoints() {
    ApiResponse document = ApiClient.anonymous(base).getFromServerRoot("/openapi");

    assertThat(document).hasStatus(200);
    assertThat(document.json().getJsonObject("paths").keySet())
        .contains(
            "/api/v1/consultations",
            "/api/v1/consultations/{id}",
            "/api/v1/consultations/{id}/result",
            "/api/v1/consultations/{id}/opinions",
            "/api/v1/public/consultations/{site}/{code}/opinions",
            "/api/v1/error-reports",
            "/api/v1/error-reports/{id}",
            "/api/v1/error-reports/{id}/forward",
            "/api/v1/error-reports/{id}/answer",
            "/api/v1/public/error-reports");
  }

  private ApiResponse report(String url, String description) {
    return citizen.postJson(
        "public/error-reports", object("url", url, "description", description).toString());
  }

  private String siteOf(String url) {
    ApiResponse sent = report(url, Unique.text("页面有错"));
    assertThat(sent).hasStatus(201);
    return sent.json().getString("site");
  }

  private static long idOf(String number) {
    return Long.parseLong(number.substring(number.indexOf('-') + 1));
  }

  private static String sealedContact(long id) throws SQLException {
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement("SELECT contact_sealed FROM error_report WHERE id = ?")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getString(1);
      }
    }
  }

  private static int storedWith(String marker) throws SQLException {
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement("SELECT COUNT(*) FROM error_report WHERE description LIKE ?")) {
      query.setString(1, "%" + marker + "%");
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + System.getProperty("it.mariadb.port") + "/zhanqun",
        "root",
        "");
  }
}
