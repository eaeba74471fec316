package org.zhanqun.audit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.audit.testing.AuditRun.findings;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.audit.Audit;
import org.zhanqun.audit.AuditRequest;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.audit.NotEvaluated;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.finding.ItemRef;
import org.zhanqun.audit.testing.AuditRun;
import org.zhanqun.audit.testing.MiniCluster;
import org.zhanqun.builder.source.ContentSet;

/** The rules that need data the content does not hold. */
class ExternalEvidenceTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @TempDir Path folder;

  private SiteResult dep(ExternalEvidence evidence) {
    ContentSet content = MiniCluster.complete(folder).read();
    return AuditRun.dep(content, AuditRun.DEFAULT_RULES, MiniCluster.AS_OF, evidence);
  }

  @Test
  void listsEveryRuleItCannotEvaluateWithTheReason() {
    AuditResult result =
        new Audit()
            .run(
                AuditRequest.of(
                    MiniCluster.complete(folder).read(),
                    AuditRun.DEFAULT_RULES,
                    MiniCluster.AS_OF));

    assertThat(result.notEvaluated())
        .extracting(NotEvaluated::rule)
        .containsExactly(
            "site-unreachable",
            "interaction-unanswered",
            "backdated",
            "broken-link-home",
            "broken-link",
            "search-unavailable",
            "interaction-no-channel",
            "interaction-reply-stale",
            "interaction-overdue",
            "consultation-no-result",
            "error-report-open",
            "serious-error",
            "classified-marking",
            "personal-data");
    assertThat(result.notEvaluated().get(0).reason().en()).contains("no probe history");
    assertThat(result.notEvaluated().get(1).reason().en()).contains("no interaction record");
    assertThat(result.notEvaluated().get(11).reason().en()).contains("no proofreader");
  }

  @Test
  void aRuleSwitchedOffIsNotEvaluatedEither() {
    AuditResult result =
        new Audit()
            .run(
                AuditRequest.of(
                    MiniCluster.complete(folder).read(),
                    AuditRun.rulesWith(
                        "  - id: column-stale\n", "  - id: column-stale\n    enabled: false\n"),
                    MiniCluster.AS_OF));

    assertThat(result.notEvaluated())
        .filteredOn(n -> n.rule().equals("column-stale"))
        .singleElement()
        .satisfies(
            n ->
                assertThat(n.reason().en())
                    .isEqualTo("switched off in the rules file (enabled: false)"));
  }

  @Test
  void deductsBrokenLinksFromTheLinkReport() {
    BrokenLinks links =
        new BrokenLinks(
            List.of(
                new BrokenLinks.BrokenLink(
                    "dep",
                    "https://www.example.gov.cn/dep/",
                    "https://gone.example/",
                    true,
                    "HTTP 404"),
                new BrokenLinks.BrokenLink(
                    "dep",
                    "https://www.example.gov.cn/dep/news/a.html",
                    "https://gone.example/b",
                    false,
                    "timeout"),
                new BrokenLinks.BrokenLink(
                    "portal",
                    "https://www.example.gov.cn/",
                    "https://gone.example/c",
                    true,
                    "HTTP 500")));

    SiteResult site = dep(ExternalEvidence.NONE.withLinks(links));

    assertThat(findings(site, "broken-link-home"))
        .singleElement()
        .satisfies(f -> assertThat(f.url()).isEqualTo("https://gone.example/"));
    assertThat(findings(site, "broken-link"))
        .singleElement()
        .satisfies(f -> assertThat(f.points()).isEqualByComparingTo("0.1"));
    assertThat(site.score()).isEqualByComparingTo("98.9");
  }

  @Test
  void vetoesAPublicationDateMovedEarlier() {
    ItemRef news = new ItemRef("dep", "news", "fresh-news", "zh-CN");
    OffsetDateTime first = OffsetDateTime.parse("2026-11-15T09:00:00+08:00");
    RevisionHistory history =
        new RevisionHistory(
            List.of(
                new RevisionHistory.PublicationDateChange(
                    news, first, first.plusHours(2), Instant.parse("2026-11-15T05:00:00Z")),
                new RevisionHistory.PublicationDateChange(
                    news,
                    first.plusHours(2),
                    first.minusDays(30),
                    Instant.parse("2026-11-16T15:00:00Z"))));

    assertThat(dep(ExternalEvidence.NONE.withRevisions(history)).vetoes())
        .containsExactly("backdated");
    // the backdating happened after the end of an earlier as-of day
    ContentSet content = MiniCluster.complete(folder).read();
    assertThat(
            AuditRun.dep(
                    content,
                    AuditRun.DEFAULT_RULES,
                    MiniCluster.AS_OF.minusDays(1),
                    ExternalEvidence.NONE.withRevisions(history))
                .vetoes())
        .doesNotContain("backdated");
  }

  @Test
  void vetoesASiteWhenFivePercentOfItsProbesFail() {
    assertThat(dep(ExternalEvidence.NONE.withProbes(probes(7))).vetoes())
        .containsExactly("site-unreachable");
    assertThat(dep(ExternalEvidence.NONE.withProbes(probes(6))).vetoes()).isEmpty();
  }

  @Test
  void reportsASearchThatDoesNotFindPublishedItems() {
    SearchReport search =
        new SearchReport(
            List.of(
                new SearchReport.SiteSearch(
                    "dep", true, List.of(new ItemRef("dep", "news", "fresh-news", "zh-CN")))));

    assertThat(findings(dep(ExternalEvidence.NONE.withSearch(search)), "search-unavailable"))
        .singleElement()
        .satisfies(f -> assertThat(f.found()).isEqualTo("1 items not found"));
  }

  /** 140 probes over the week ending on the as-of day (20 a day), {@code failed} of them slow. */
  private static ProbeHistory probes(int failed) {
    List<ProbeHistory.Probe> probes = new ArrayList<>();
    LocalDate first = MiniCluster.AS_OF.minusDays(6);
    for (int i = 0; i < 140; i++) {
      Instant at = first.atStartOfDay(SHANGHAI).toInstant().plusSeconds(i * 4320L);
      probes.add(new ProbeHistory.Probe("dep", at, true, i < failed ? 16_000 : 300));
    }
    return new ProbeHistory(probes);
  }
}
