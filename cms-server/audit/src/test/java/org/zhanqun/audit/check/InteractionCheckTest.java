package org.zhanqun.audit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.audit.testing.AuditRun.findings;
import static org.zhanqun.audit.testing.MiniCluster.AS_OF;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.audit.Audit;
import org.zhanqun.audit.AuditRequest;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.audit.DimensionScore;
import org.zhanqun.audit.NotEvaluated;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.check.InteractionRecord.Consultation;
import org.zhanqun.audit.check.InteractionRecord.ErrorReport;
import org.zhanqun.audit.check.InteractionRecord.Letter;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.testing.AuditRun;
import org.zhanqun.audit.testing.MiniCluster;
import org.zhanqun.builder.source.ContentSet;

/**
 * The interaction rules on a department {@code dep} that has a letter channel, as of 2026-11-16
 * (MiniCluster.AS_OF). Each test gives the letters, consultations and error reports it is about.
 */
class InteractionCheckTest {

  private static final Optional<LocalDate> NONE = Optional.empty();

  private static final Set<String> INTERACTION_RULES =
      Set.of(
          "interaction-unanswered",
          "interaction-no-channel",
          "interaction-reply-stale",
          "interaction-overdue",
          "consultation-no-result",
          "error-report-open");

  @TempDir Path folder;

  private ContentSet content;

  @BeforeEach
  void readTheMiniCluster() {
    content = MiniCluster.complete(folder).read();
  }

  private SiteResult dep(InteractionRecord record) {
    return AuditRun.dep(
        content, AuditRun.DEFAULT_RULES, AS_OF, ExternalEvidence.NONE.withInteraction(record));
  }

  private static InteractionRecord letters(Letter... letters) {
    return new InteractionRecord(Set.of("dep"), List.of(letters), List.of(), List.of());
  }

  /** A valid letter to dep's mailbox, due 14 days after it was received, published when replied. */
  private static Letter letter(String number, LocalDate received, Optional<LocalDate> replied) {
    return new Letter(
        number, "dep", "mailbox", received, true, received.plusDays(14), replied, replied);
  }

  private static Optional<LocalDate> on(String date) {
    return Optional.of(LocalDate.parse(date));
  }

  @Test
  void vetoesALetterUnansweredForThreeMonthsAndOneDayButNotForExactlyThreeMonths() {
    // received 2026-08-16: on 2026-11-16 it has waited exactly 3 months
    SiteResult exactly = dep(letters(letter("XJ2026-000001", LocalDate.parse("2026-08-16"), NONE)));
    SiteResult oneDayMore =
        dep(letters(letter("XJ2026-000002", LocalDate.parse("2026-08-15"), NONE)));

    assertThat(exactly.vetoes()).doesNotContain("interaction-unanswered");
    assertThat(oneDayMore.vetoes()).containsExactly("interaction-unanswered");
    assertThat(oneDayMore.sleeping()).isTrue();
    Finding veto = findings(oneDayMore, "interaction-unanswered").get(0);
    assertThat(veto.evidence().en())
        .isEqualTo(
            "letter XJ2026-000002 (mailbox) received 2026-08-15, unanswered for 93 days on"
                + " 2026-11-16, more than 3 months");
    assertThat(veto.evidence().zh()).contains("XJ2026-000002", "2026-08-15", "93 天", "3 个月");
    assertThat(veto.url()).endsWith("/letters/mailbox/#XJ2026-000002");
    assertThat(veto.points()).isEqualByComparingTo("0");
  }

  @Test
  void aLetterRejectedAsInvalidNeverCounts() {
    Letter rejected =
        new Letter(
            "XJ2026-000003",
            "dep",
            "mailbox",
            LocalDate.parse("2026-03-01"),
            false,
            LocalDate.parse("2026-03-13"),
            NONE,
            NONE);

    SiteResult site = dep(letters(rejected));

    assertThat(site.vetoes()).isEmpty();
    assertThat(findings(site, "interaction-overdue")).isEmpty();
    assertThat(findings(site, "interaction-reply-stale")).isEmpty();
    assertThat(site.score()).isEqualByComparingTo("100");
  }

  @Test
  void aReplyAfterTheAsOfDayHasNotHappenedYetAndALetterOlderThanTheWindowIsNotJudged() {
    Letter repliedLater = letter("XJ2026-000004", LocalDate.parse("2026-08-01"), on("2026-11-20"));
    Letter repliedInTime = letter("XJ2026-000005", LocalDate.parse("2026-08-01"), on("2026-08-10"));
    Letter beforeTheYear = letter("XJ2025-000006", LocalDate.parse("2025-11-15"), NONE);
    Letter firstDayOfTheYear = letter("XJ2025-000007", LocalDate.parse("2025-11-16"), NONE);

    SiteResult site = dep(letters(repliedLater, repliedInTime, beforeTheYear, firstDayOfTheYear));

    assertThat(findings(site, "interaction-unanswered"))
        .extracting(Finding::found)
        .containsExactly(
            "letter XJ2025-000007 received 2025-11-16, no reply",
            "letter XJ2026-000004 received 2026-08-01, no reply");
  }

  @Test
  void deductsWhenNoReplyWasPublishedInTheTwoMonthsBeforeTheAsOfDay() {
    Letter received = letter("XJ2026-000010", LocalDate.parse("2026-11-10"), NONE);
    Letter publishedLongAgo =
        new Letter(
            "XJ2026-000011",
            "dep",
            "mailbox",
            LocalDate.parse("2026-09-01"),
            true,
            LocalDate.parse("2026-09-15"),
            on("2026-09-10"),
            on("2026-09-15"));
    Letter publishedRecently =
        new Letter(
            "XJ2026-000012",
            "dep",
            "mailbox",
            LocalDate.parse("2026-09-01"),
            true,
            LocalDate.parse("2026-09-15"),
            on("2026-09-10"),
            on("2026-09-16"));

    SiteResult stale = dep(letters(received, publishedLongAgo));
    SiteResult fresh = dep(letters(received, publishedRecently));
    SiteResult never = dep(letters(received));

    assertThat(findings(stale, "interaction-reply-stale"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.evidence().en())
                  .isEqualTo(
                      "no reply published within 2 months (since 2026-09-16); last reply"
                          + " published 2026-09-15 (62 days); 2 valid letters received");
              assertThat(f.points()).isEqualByComparingTo("3");
            });
    assertThat(findings(fresh, "interaction-reply-stale")).isEmpty();
    assertThat(findings(never, "interaction-reply-stale"))
        .singleElement()
        .satisfies(f -> assertThat(f.found()).isEqualTo("no reply published"));
  }

  @Test
  void aSiteWithoutLettersInTheYearIsNotDeductedForUnpublishedReplies() {
    Letter old = letter("XJ2025-000013", LocalDate.parse("2025-10-01"), on("2025-10-05"));

    assertThat(findings(dep(letters(old)), "interaction-reply-stale")).isEmpty();
  }

  @Test
  void countsEachLetterPastItsDueDayWithTheDaysOverdue() {
    Letter unanswered =
        new Letter(
            "XJ2026-000020",
            "dep",
            "mailbox",
            LocalDate.parse("2026-10-20"),
            true,
            LocalDate.parse("2026-11-03"),
            NONE,
            NONE);
    Letter answeredLate =
        new Letter(
            "XJ2026-000021",
            "dep",
            "mailbox",
            LocalDate.parse("2026-06-01"),
            true,
            LocalDate.parse("2026-06-12"),
            on("2026-06-15"),
            NONE);
    Letter answeredOnTheDueDay =
        new Letter(
            "XJ2026-000022",
            "dep",
            "mailbox",
            LocalDate.parse("2026-06-01"),
            true,
            LocalDate.parse("2026-06-12"),
            on("2026-06-12"),
            NONE);
    Letter answeredLateBeforeTheYear =
        new Letter(
            "XJ2025-000023",
            "dep",
            "mailbox",
            LocalDate.parse("2025-10-01"),
            true,
            LocalDate.parse("2025-10-15"),
            on("2025-11-15"),
            NONE);
    Letter dueOnTheAsOfDay =
        new Letter(
            "XJ2026-000024",
            "dep",
            "mailbox",
            LocalDate.parse("2026-11-02"),
            true,
            AS_OF,
            NONE,
            NONE);

    SiteResult site =
        dep(
            letters(
                unanswered,
                answeredLate,
                answeredOnTheDueDay,
                answeredLateBeforeTheYear,
                dueOnTheAsOfDay));

    assertThat(findings(site, "interaction-overdue"))
        .extracting(f -> f.evidence().en())
        .containsExactly(
            "letter XJ2026-000020 (mailbox) received 2026-10-20, due 2026-11-03, still"
                + " unanswered on 2026-11-16: 13 days overdue",
            "letter XJ2026-000021 (mailbox) received 2026-06-01, due 2026-06-12, replied only"
                + " on 2026-06-15: 3 days overdue");
    assertThat(findings(site, "interaction-overdue"))
        .allSatisfy(f -> assertThat(f.points()).isEqualByComparingTo("0.5"));
  }

  @Test
  void theOverdueLettersTogetherTakeAtMostTheCap() {
    List<Letter> overdue = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      overdue.add(
          new Letter(
              String.format("XJ2026-%06d", 100 + i),
              "dep",
              "mailbox",
              LocalDate.parse("2026-10-01"),
              true,
              LocalDate.parse("2026-10-15"),
              on("2026-10-20"),
              on("2026-10-20")));
    }

    SiteResult site = dep(new InteractionRecord(Set.of("dep"), overdue, List.of(), List.of()));

    assertThat(findings(site, "interaction-overdue")).hasSize(12);
    assertThat(
            findings(site, "interaction-overdue").stream()
                .map(Finding::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("5");
    assertThat(site.dimensions())
        .filteredOn(d -> d.dimension().equals("interaction"))
        .singleElement()
        .extracting(DimensionScore::deducted)
        .satisfies(d -> assertThat(d).isEqualByComparingTo("5"));
    assertThat(site.score()).isEqualByComparingTo("95");
  }

  @Test
  void flagsAConsultationWithoutAResultOnlyOnceThirtyDaysAfterClosingHavePassed() {
    Consultation withinGrace =
        new Consultation("budget", "dep", "预算草案", LocalDate.parse("2026-10-17"), NONE);
    Consultation pastGrace =
        new Consultation("parks", "dep", "公园管理办法", LocalDate.parse("2026-10-16"), NONE);
    Consultation answered =
        new Consultation("roads", "dep", "道路规划", LocalDate.parse("2026-09-01"), on("2026-11-10"));
    Consultation answeredAfterTheAsOfDay =
        new Consultation("water", "dep", "供水条例", LocalDate.parse("2026-09-01"), on("2026-11-20"));

    SiteResult site =
        dep(
            new InteractionRecord(
                Set.of("dep"),
                List.of(),
                List.of(withinGrace, pastGrace, answered, answeredAfterTheAsOfDay),
                List.of()));

    assertThat(findings(site, "consultation-no-result"))
        .extracting(Finding::found)
        .containsExactly(
            "closed 2026-10-16 (31 days), no result", "closed 2026-09-01 (76 days), no result");
    assertThat(findings(site, "consultation-no-result").get(0).evidence().en())
        .isEqualTo(
            "consultation parks (公园管理办法) closed 2026-10-16, 31 days ago, more than 30 days,"
                + " and no result published");
    assertThat(findings(site, "consultation-no-result").get(0).url())
        .endsWith("/consultations/parks/");
  }

  @Test
  void flagsAnErrorReportOpenMoreThanAMonth() {
    ErrorReport aMonth =
        new ErrorReport(
            "ZC2026-000001",
            "dep",
            "https://www.example.gov.cn/dep/news/a.html",
            LocalDate.parse("2026-10-16"),
            NONE);
    ErrorReport aMonthAndADay =
        new ErrorReport(
            "ZC2026-000002",
            "dep",
            "https://www.example.gov.cn/dep/news/b.html",
            LocalDate.parse("2026-10-15"),
            NONE);
    ErrorReport answered =
        new ErrorReport(
            "ZC2026-000003",
            "dep",
            "https://www.example.gov.cn/dep/news/c.html",
            LocalDate.parse("2026-09-01"),
            on("2026-09-20"));
    ErrorReport anotherSite =
        new ErrorReport(
            "ZC2026-000004",
            "portal",
            "https://www.example.gov.cn/",
            LocalDate.parse("2026-09-01"),
            NONE);

    SiteResult site =
        dep(
            new InteractionRecord(
                Set.of("dep"),
                List.of(),
                List.of(),
                List.of(aMonth, aMonthAndADay, answered, anotherSite)));

    assertThat(findings(site, "error-report-open"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.evidence().en())
                    .isEqualTo(
                        "error report ZC2026-000002 (https://www.example.gov.cn/dep/news/b.html)"
                            + " received 2026-10-15, open for 32 days, more than 1 month"));
  }

  @Test
  void deductsASiteWithoutALetterChannelButDoesNotFailIt() {
    SiteResult without =
        dep(new InteractionRecord(Set.of("portal"), List.of(), List.of(), List.of()));
    SiteResult with = dep(letters());

    assertThat(findings(without, "interaction-no-channel"))
        .singleElement()
        .satisfies(f -> assertThat(f.points()).isEqualByComparingTo("5"));
    assertThat(without.vetoes()).isEmpty();
    assertThat(findings(with, "interaction-no-channel")).isEmpty();
    assertThat(with.score()).isEqualByComparingTo("100");
  }

  @Test
  void aLetterCountsForItsResponsibleSite() {
    Letter assignedToPortal =
        new Letter(
            "XJ2026-000030",
            "portal",
            "mailbox",
            LocalDate.parse("2026-01-10"),
            true,
            LocalDate.parse("2026-01-24"),
            NONE,
            NONE);

    AuditResult result =
        new Audit()
            .run(
                AuditRequest.of(content, AuditRun.DEFAULT_RULES, AS_OF)
                    .withEvidence(
                        ExternalEvidence.NONE.withInteraction(
                            new InteractionRecord(
                                Set.of("dep", "portal"),
                                List.of(assignedToPortal),
                                List.of(),
                                List.of()))));

    assertThat(result.sites())
        .filteredOn(s -> s.vetoes().contains("interaction-unanswered"))
        .extracting(SiteResult::site)
        .containsExactly("portal");
  }

  @Test
  void withoutAnInteractionRecordTheRulesAreNotEvaluated() {
    AuditResult result = new Audit().run(AuditRequest.of(content, AuditRun.DEFAULT_RULES, AS_OF));

    assertThat(result.notEvaluated())
        .filteredOn(n -> INTERACTION_RULES.contains(n.rule()))
        .extracting(NotEvaluated::rule)
        .containsExactly(
            "interaction-unanswered",
            "interaction-no-channel",
            "interaction-reply-stale",
            "interaction-overdue",
            "consultation-no-result",
            "error-report-open");
    assertThat(result.notEvaluated())
        .filteredOn(n -> n.rule().equals("interaction-unanswered"))
        .singleElement()
        .satisfies(
            n ->
                assertThat(n.reason().en())
                    .isEqualTo(
                        "no interaction record: the server's interaction module supplies the"
                            + " letters, consultations and error reports"));
    assertThat(result.findings())
        .extracting(Finding::rule)
        .doesNotContain("interaction-unanswered", "interaction-no-channel", "error-report-open");
    // with a record, every one of them is evaluated
    assertThat(
            new Audit()
                .run(
                    AuditRequest.of(content, AuditRun.DEFAULT_RULES, AS_OF)
                        .withEvidence(ExternalEvidence.NONE.withInteraction(letters())))
                .notEvaluated())
        .extracting(NotEvaluated::rule)
        .doesNotContain("interaction-unanswered", "interaction-overdue", "error-report-open");
  }

  @Test
  void theRadarWarnsOfALetterWaitingMoreThanTwoMonths() {
    Letter waiting = letter("XJ2026-000040", LocalDate.parse("2026-09-10"), NONE);
    Letter recent = letter("XJ2026-000041", LocalDate.parse("2026-10-01"), NONE);

    FreshnessRadar radar =
        new Audit()
            .radar(
                AuditRequest.of(content, AuditRun.DEFAULT_RULES, AS_OF)
                    .forSite("dep")
                    .withEvidence(ExternalEvidence.NONE.withInteraction(letters(waiting, recent))));

    assertThat(radar.warnings())
        .filteredOn(w -> w.rule().equals("interaction-unanswered"))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.value()).isEqualTo(67L);
              assertThat(w.warnAt()).isEqualTo(61L);
              assertThat(w.vetoAt()).isEqualTo(92L);
              assertThat(w.vetoed()).isFalse();
              assertThat(w.message().en())
                  .isEqualTo(
                      "1 letter waiting for a reply more than 2 months (veto after 3 months):"
                          + " XJ2026-000040 2026-09-10 (67)");
            });
  }
}
