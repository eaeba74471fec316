package org.zhanqun.cms.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.audit.Audit;
import org.zhanqun.audit.AuditRequest;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.rule.RulesFile;
import org.zhanqun.builder.source.ContentReader;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ExchangeFolders;
import org.zhanqun.cms.testing.PublishedSite;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * The wake-up audit through the API, on the demo cluster as the server publishes it: runs asked for
 * and done in the background, the same sleeping sites as docs/demo-cluster.md, the reports, the
 * rights of evaluators and editors, bad requests, and trends across two runs with a fix in between.
 */
@ZhanqunIT
class AuditIT {

  private static final Path DEMO_CLUSTER = Path.of("../../content").toAbsolutePath().normalize();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private ApiClient evaluator;
  private ApiClient admin;
  private ApiClient editorFgw;

  @BeforeEach
  void logInAndImportTheDemoCluster() {
    anonymous = ApiClient.anonymous(base);
    evaluator = anonymous.as(DemoUser.EVALUATOR);
    admin = anonymous.as(DemoUser.ADMIN);
    editorFgw = anonymous.as(DemoUser.EDITOR_FGW);
    assertThat(
            admin.post("exchange/import", object("folder", ExchangeFolders.copyOfTheDemoCluster())))
        .hasStatus(200);
    // the audit reads what the publisher published
    PublishedSite.awaitContaining("nyj/index.html", "农业农村局");
  }

  @Test
  void anAuditIsAcceptedAtOnceRunsInTheBackgroundAndIsReadOnceDone() {
    ApiResponse started = evaluator.post("audit/runs", object("asOf", "2026-11-16"));

    assertThat(started).hasStatus(202);
    long id = started.json().getJsonNumber("id").longValue();
    assertThat(started.json().getString("status")).isIn("queued", "running");
    assertThat(started.header("Location").orElse("")).endsWith("audit/runs/" + id + "/status");
    ApiResponse early = evaluator.get("audit/runs/" + id);
    if (early.status() == 202) { // not done yet: its status instead of the report
      assertThat(early.json().getString("status")).isIn("queued", "running");
    }

    JsonObject done = awaitDone(id);

    assertThat(done.getString("status")).isEqualTo("done");
    assertThat(done.getJsonNumber("durationMs")).isNotNull();
    ApiResponse report = evaluator.get("audit/runs/" + id);
    assertThat(report).hasStatus(200);
    assertThat(report.json().getString("asOf")).isEqualTo("2026-11-16");
  }

  @Test
  void anEvaluatorsRunOfTheDemoClusterNamesItsSleepingSitesInEveryReport() {
    long id = runAsOfTheDemoDay();
    JsonObject run = evaluator.get("audit/runs/" + id + "/status").json();
    assertThat(strings(run, "sleeping")).contains("nyj", "jtj", "mzj");
    assertThat(strings(run, "sleeping")).doesNotContain("fgw", "wsj", "portal");
    assertThat(run.getString("requestedBy")).isEqualTo("evaluator");

    JsonObject result = evaluator.get("audit/runs/" + id).json();
    assertThat(result.getString("asOf")).isEqualTo("2026-11-16");
    JsonObject nyj = site(result, "nyj");
    assertThat(nyj.getBoolean("sleeping")).isTrue();
    assertThat(nyj.toString()).contains("home-not-updated").contains("2026-08-12");
    assertThat(site(result, "jtj").toString()).contains("empty-columns");
    assertThat(site(result, "mzj").toString()).contains("columns-not-updated");
    // the server hands the audit its proofreader: the proofreading rules are evaluated
    assertThat(result.getJsonArray("notEvaluated").toString())
        .doesNotContain("serious-error")
        .doesNotContain("personal-data");

    ApiResponse csv = evaluator.get("audit/runs/" + id + "/report.csv", "text/csv");
    assertThat(csv).hasStatus(200);
    assertThat(csv.header("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.text()).contains("home-not-updated").contains("nyj");
    ApiResponse html = evaluator.get("audit/runs/" + id + "/report.html", "text/html");
    assertThat(html).hasStatus(200);
    assertThat(html.text()).contains("<svg").contains("nyj").doesNotContain("<script src");
    assertThat(evaluator.get("audit/runs?size=100").text()).contains("\"id\":" + id);
  }

  @Test
  void theServerScoresTheImportedDemoClusterAsTheCommandLineScoresItsFolder() throws Exception {
    AuditResult folder =
        new Audit()
            .run(
                AuditRequest.of(
                    new ContentReader().read(DEMO_CLUSTER),
                    RulesFile.nationalDefault(),
                    LocalDate.parse("2026-11-16")));
    long id = runAsOfTheDemoDay();
    JsonObject server = evaluator.get("audit/runs/" + id).json();

    // the portal, fgw and jyj also hold what other tests write; the other ten only the demo's
    for (SiteResult site : folder.sites()) {
      if (List.of("portal", "fgw", "jyj").contains(site.site())) {
        continue;
      }
      JsonObject served = site(server, site.site());
      assertThat(served.getJsonNumber("score").bigDecimalValue())
          .as("score of %s", site.site())
          .isEqualByComparingTo(site.score());
      assertThat(served.getBoolean("sleeping"))
          .as("%s sleeping", site.site())
          .isEqualTo(site.sleeping());
      assertThat(strings(served, "vetoes"))
          .as("vetoes of %s", site.site())
          .isEqualTo(site.vetoes());
    }
  }

  @Test
  void editorsReadTheirOwnSitesFindingsOnlyAndOnlyEvaluatorsRunAudits() {
    long id = runAsOfTheDemoDay();

    assertThat(editorFgw.post("audit/runs", object())).hasStatus(403);
    assertThat(editorFgw.get("audit/runs")).hasStatus(403);
    assertThat(editorFgw.get("audit/runs/" + id)).hasStatus(403);
    assertThat(editorFgw.get("audit/runs/" + id + "/report.html", "text/html")).hasStatus(403);
    ApiResponse own = editorFgw.get("audit/runs/" + id + "/sites/fgw");
    assertThat(own).hasStatus(200);
    assertThat(strings(own.json(), "ranking")).containsExactly("fgw");
    assertThat(own.text()).doesNotContain("\"site\": \"jyj\"");
    assertThat(editorFgw.get("audit/runs/" + id + "/sites/jyj")).hasStatus(403);
    assertThat(editorFgw.get("audit/sites/fgw/trend")).hasStatus(200);
    assertThat(editorFgw.get("audit/sites/jyj/trend")).hasStatus(403);
    assertThat(evaluator.get("audit/runs/" + id + "/sites/jyj")).hasStatus(200);
    assertThat(anonymous.get("audit/runs/" + id)).hasStatus(401);
    assertThat(anonymous.post("audit/runs", object())).hasStatus(401);
  }

  @Test
  void aBadDayAnUnknownSiteOrAnInvalidRulesFileIsRefusedWithTheFieldAndNothingIsStored() {
    long before = evaluator.get("audit/runs").json().getJsonNumber("total").longValue();

    assertThat(evaluator.post("audit/runs", object("asOf", "2026-13-01")))
        .hasStatus(400)
        .hasErrorOn("asOf");
    assertThat(evaluator.post("audit/runs", object("site", "no-such-site")))
        .hasStatus(400)
        .hasErrorOn("site");
    ApiResponse rules =
        evaluator.post("audit/runs", object("rules", "version: broken\nrules: [\n  - id: x\n"));
    assertThat(rules).hasStatus(400).hasErrorOn("rules");
    assertThat(rules.text()).contains("line ");
    assertThat(evaluator.get("audit/runs/987654321")).hasStatus(404);
    assertThat(evaluator.get("audit/runs").json().getJsonNumber("total").longValue())
        .isEqualTo(before);
  }

  @Test
  void aSitesTrendShowsTheFindingItFixedBetweenTwoRuns() {
    runAsOfTheDemoDay();
    JsonObject rsj = admin.get("sites/rsj").json();
    JsonObject identification = rsj.getJsonObject("identification");
    assertThat(identification.getString("publicSecurity", "")).as("rsj's 公安备案号").isEmpty();

    JsonObject request =
        object(
            "id", "rsj",
            "kind", rsj.getString("kind"),
            "names", rsj.getJsonObject("names"),
            "department", rsj.getString("department"),
            "path", rsj.getString("path"),
            "theme", rsj.getString("theme"),
            "languages", rsj.getJsonArray("languages"),
            "identification", with(identification, "publicSecurity", "吉公网安备 22010202000006号"),
            "version", rsj.getInt("version"));
    ApiResponse fixed = admin.put("sites/rsj", request);
    assertThat(fixed).hasStatus(200);
    runAsOfTheDemoDay();

    JsonObject trend = trendOf("rsj").json();
    assertThat(trend.getJsonArray("points").size()).isGreaterThanOrEqualTo(2);
    assertThat(trend.getJsonArray("fixed").toString()).contains("identification-missing");
    assertThat(trend.getJsonArray("opened").toString()).doesNotContain("identification-missing");
  }

  /** Asks for a run of the demo day and waits until it is done; returns its id. */
  private long runAsOfTheDemoDay() {
    ApiResponse started = evaluator.post("audit/runs", object("asOf", "2026-11-16"));
    assertThat(started).hasStatus(202);
    long id = started.json().getJsonNumber("id").longValue();
    awaitDone(id);
    return id;
  }

  /** Polls the run's status until it is done (a failed run fails the test); returns it. */
  private JsonObject awaitDone(long id) {
    return await("audit run " + id + " done")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> evaluator.get("audit/runs/" + id + "/status").json(),
            run -> {
              String status = run.getString("status");
              assertThat(status).as("audit run %s: %s", id, run).isIn("queued", "running", "done");
              return status.equals("done");
            });
  }

  private ApiResponse trendOf(String site) {
    return evaluator.get("audit/sites/" + site + "/trend");
  }

  private static JsonObject site(JsonObject result, String id) {
    return result.getJsonArray("sites").getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("site").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no site " + id + " in " + result));
  }

  private static List<String> strings(JsonObject object, String key) {
    return object.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
