package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.CONSULTATION_NO_RESULT;
import static org.zhanqun.audit.rule.RuleCatalog.ERROR_REPORT_OPEN;
import static org.zhanqun.audit.rule.RuleCatalog.INTERACTION_NO_CHANNEL;
import static org.zhanqun.audit.rule.RuleCatalog.INTERACTION_OVERDUE;
import static org.zhanqun.audit.rule.RuleCatalog.INTERACTION_REPLY_STALE;
import static org.zhanqun.audit.rule.RuleCatalog.INTERACTION_UNANSWERED;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zhanqun.audit.check.InteractionRecord.Consultation;
import org.zhanqun.audit.check.InteractionRecord.ErrorReport;
import org.zhanqun.audit.check.InteractionRecord.Letter;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.Text;

/**
 * The interaction rules (互动交流), on the server's {@link InteractionRecord}; without one (a content
 * folder) they are not evaluated. A letter counts for its responsible site, only when valid (a
 * letter rejected as invalid never counts), and only once received by the as-of day; a reply, a
 * publication or an answer dated after the as-of day has not happened yet. Periods are calendar
 * periods ({@link Period}): "more than 3 months" means the day 3 months after has passed.
 *
 * <ul>
 *   <li>{@code interaction-unanswered} (veto): a letter received within {@code window} that has
 *       waited more than {@code unansweredLimit} without a reply; one finding per letter.
 *   <li>{@code interaction-no-channel}: the site has no working letter channel; one finding.
 *   <li>{@code interaction-reply-stale}: letters received within {@code receivedWithin}, but no
 *       reply published within {@code window}; one finding.
 *   <li>{@code interaction-overdue}: a letter past its due day without a reply, or replied after it
 *       within {@code window}; one finding per letter.
 *   <li>{@code consultation-no-result}: a consultation closed within {@code window} and more than
 *       {@code grace} ago without a published result; one finding per consultation.
 *   <li>{@code error-report-open}: an error report unanswered more than {@code openLimit} after it
 *       was received; one finding per report.
 * </ul>
 */
final class InteractionCheck implements Check {

  @Override
  public List<String> rules() {
    return List.of(
        INTERACTION_UNANSWERED,
        INTERACTION_NO_CHANNEL,
        INTERACTION_REPLY_STALE,
        INTERACTION_OVERDUE,
        CONSULTATION_NO_RESULT,
        ERROR_REPORT_OPEN);
  }

  @Override
  public Optional<Text> notEvaluated(ExternalEvidence evidence) {
    return evidence.interaction().isPresent()
        ? Optional.empty()
        : Optional.of(
            new Text(
                "没有互动交流数据（信件、征集调查、找错，由服务器的互动交流模块提供）",
                "no interaction record: the server's interaction module supplies the letters,"
                    + " consultations and error reports"));
  }

  @Override
  public List<Finding> run(SiteContent site) {
    Optional<InteractionRecord> record = site.evidence().interaction();
    if (record.isEmpty()) {
      return List.of();
    }
    InteractionRecord data = record.get();
    List<Finding> findings = new ArrayList<>();
    site.enabled(INTERACTION_UNANSWERED)
        .ifPresent(
            rule ->
                unanswered(site, data, rule.parameters().period("unansweredLimit"), rule)
                    .forEach(letter -> findings.add(unansweredFinding(site, rule, letter))));
    site.enabled(INTERACTION_NO_CHANNEL)
        .filter(rule -> !data.sitesWithChannels().contains(site.site().id()))
        .ifPresent(rule -> findings.add(noChannel(site, rule)));
    site.enabled(INTERACTION_REPLY_STALE)
        .flatMap(rule -> replyStale(site, data, rule))
        .ifPresent(findings::add);
    site.enabled(INTERACTION_OVERDUE).ifPresent(rule -> findings.addAll(overdue(site, data, rule)));
    site.enabled(CONSULTATION_NO_RESULT)
        .ifPresent(rule -> findings.addAll(consultations(site, data, rule)));
    site.enabled(ERROR_REPORT_OPEN)
        .ifPresent(rule -> findings.addAll(errorReports(site, data, rule)));
    return findings;
  }

  /** The valid letters of the site, received by the as-of day. */
  private static List<Letter> letters(SiteContent site, InteractionRecord data) {
    LocalDate asOf = site.asOf();
    return data.lettersOf(site.site().id()).stream()
        .filter(Letter::valid)
        .filter(l -> !l.received().isAfter(asOf))
        .toList();
  }

  /** Whether {@code date} has happened by the end of {@code asOf}. */
  private static boolean by(Optional<LocalDate> date, LocalDate asOf) {
    return date.isPresent() && !date.get().isAfter(asOf);
  }

  /**
   * The valid letters of the site received within the {@code interaction-unanswered} rule's {@code
   * window} that, on the as-of day, have waited more than {@code waited} without a reply (received
   * + waited is before the as-of day), oldest first. With the rule's {@code unansweredLimit} these
   * are its vetoes; with its {@code warnAt}, the letters the radar warns about.
   */
  static List<Letter> unanswered(
      SiteContent site, InteractionRecord data, Period waited, Rule rule) {
    LocalDate asOf = site.asOf();
    LocalDate from = asOf.minus(rule.parameters().period("window"));
    return letters(site, data).stream()
        .filter(l -> !l.received().isBefore(from))
        .filter(l -> !by(l.replied(), asOf))
        .filter(l -> l.received().plus(waited).isBefore(asOf))
        .sorted(Comparator.comparing(Letter::received).thenComparing(Letter::number))
        .toList();
  }

  private static String letterUrl(SiteContent site, Letter letter) {
    return site.sitePageUrl("letters/" + letter.channel() + "/") + "#" + letter.number();
  }

  private static Finding unansweredFinding(SiteContent site, Rule rule, Letter letter) {
    Period limit = rule.parameters().period("unansweredLimit");
    Text words = Wording.period(limit);
    long days = ChronoUnit.DAYS.between(letter.received(), site.asOf());
    return site.finding(
        rule,
        null,
        null,
        letterUrl(site, letter),
        new Text(
            "信件 "
                + letter.number()
                + "（"
                + letter.channel()
                + "）"
                + letter.received()
                + " 收到，至检查日 "
                + site.asOf()
                + " 已 "
                + days
                + " 天未答复，超过 "
                + words.zh(),
            "letter "
                + letter.number()
                + " ("
                + letter.channel()
                + ") received "
                + letter.received()
                + ", unanswered for "
                + days
                + " days on "
                + site.asOf()
                + ", more than "
                + words.en()),
        "a reply within " + limit + " (by " + letter.received().plus(limit) + ")",
        "letter " + letter.number() + " received " + letter.received() + ", no reply");
  }

  private static Finding noChannel(SiteContent site, Rule rule) {
    return site.finding(
        rule,
        null,
        null,
        site.homeUrl(),
        new Text(
            "网站没有可用的信件渠道（如领导信箱、政务咨询）", "the site has no working letter channel (e.g. a mailbox)"),
        "at least one letter channel",
        "no letter channel");
  }

  private static Optional<Finding> replyStale(SiteContent site, InteractionRecord data, Rule rule) {
    LocalDate asOf = site.asOf();
    Period window = rule.parameters().period("window");
    LocalDate receivedFrom = asOf.minus(rule.parameters().period("receivedWithin"));
    List<Letter> letters = letters(site, data);
    long received = letters.stream().filter(l -> !l.received().isBefore(receivedFrom)).count();
    if (received == 0) {
      return Optional.empty();
    }
    Optional<LocalDate> lastPublished =
        letters.stream()
            .map(Letter::published)
            .flatMap(Optional::stream)
            .filter(d -> !d.isAfter(asOf))
            .max(Comparator.naturalOrder());
    LocalDate from = asOf.minus(window);
    if (lastPublished.isPresent() && !lastPublished.get().isBefore(from)) {
      return Optional.empty();
    }
    Text words = Wording.period(window);
    String lastZh =
        lastPublished
            .map(d -> "最近一次公开答复 " + d + "（" + ChronoUnit.DAYS.between(d, asOf) + " 天前）")
            .orElse("从未公开答复");
    String lastEn =
        lastPublished
            .map(
                d ->
                    "last reply published "
                        + d
                        + " ("
                        + ChronoUnit.DAYS.between(d, asOf)
                        + " days)")
            .orElse("no reply ever published");
    return Optional.of(
        site.finding(
            rule,
            null,
            null,
            site.homeUrl(),
            new Text(
                "近 "
                    + words.zh()
                    + "（"
                    + from
                    + " 起）没有公开答复；"
                    + lastZh
                    + "；收到有效信件 "
                    + received
                    + " 封",
                "no reply published within "
                    + words.en()
                    + " (since "
                    + from
                    + "); "
                    + lastEn
                    + "; "
                    + Wording.plural(received, "valid letter")
                    + " received"),
            "a reply published within " + window + " (since " + from + ")",
            lastPublished.map(d -> "last reply published " + d).orElse("no reply published")));
  }

  private static List<Finding> overdue(SiteContent site, InteractionRecord data, Rule rule) {
    LocalDate asOf = site.asOf();
    LocalDate from = asOf.minus(rule.parameters().period("window"));
    List<Finding> findings = new ArrayList<>();
    for (Letter letter : letters(site, data)) {
      boolean replied = by(letter.replied(), asOf);
      if (!replied && letter.due().isBefore(asOf)) {
        long days = ChronoUnit.DAYS.between(letter.due(), asOf);
        findings.add(
            overdueFinding(
                site,
                rule,
                letter,
                days,
                new Text("至检查日 " + asOf + " 仍未答复", "still unanswered on " + asOf),
                "no reply, " + days + " days overdue"));
      } else if (replied
          && letter.replied().get().isAfter(letter.due())
          && !letter.replied().get().isBefore(from)) {
        LocalDate on = letter.replied().get();
        long days = ChronoUnit.DAYS.between(letter.due(), on);
        findings.add(
            overdueFinding(
                site,
                rule,
                letter,
                days,
                new Text(on + " 才答复", "replied only on " + on),
                "replied " + on + ", " + days + " days overdue"));
      }
    }
    return findings;
  }

  private static Finding overdueFinding(
      SiteContent site, Rule rule, Letter letter, long days, Text state, String found) {
    return site.finding(
        rule,
        null,
        null,
        letterUrl(site, letter),
        new Text(
            "信件 "
                + letter.number()
                + "（"
                + letter.channel()
                + "）"
                + letter.received()
                + " 收到，答复期限 "
                + letter.due()
                + "，"
                + state.zh()
                + "，超期 "
                + days
                + " 天",
            "letter "
                + letter.number()
                + " ("
                + letter.channel()
                + ") received "
                + letter.received()
                + ", due "
                + letter.due()
                + ", "
                + state.en()
                + ": "
                + Wording.plural(days, "day")
                + " overdue"),
        "a reply by " + letter.due(),
        found);
  }

  private static List<Finding> consultations(SiteContent site, InteractionRecord data, Rule rule) {
    LocalDate asOf = site.asOf();
    Period grace = rule.parameters().period("grace");
    LocalDate from = asOf.minus(rule.parameters().period("window"));
    Text words = Wording.period(grace);
    List<Finding> findings = new ArrayList<>();
    for (Consultation c : data.consultationsOf(site.site().id())) {
      if (c.closes().isBefore(from)
          || !c.closes().plus(grace).isBefore(asOf)
          || by(c.resultPublished(), asOf)) {
        continue;
      }
      long days = ChronoUnit.DAYS.between(c.closes(), asOf);
      findings.add(
          site.finding(
              rule,
              null,
              null,
              site.sitePageUrl("consultations/" + c.code() + "/"),
              new Text(
                  "征集调查 "
                      + c.code()
                      + "（"
                      + c.title()
                      + "）"
                      + c.closes()
                      + " 截止，已 "
                      + days
                      + " 天，超过 "
                      + words.zh()
                      + " 仍未公布结果",
                  "consultation "
                      + c.code()
                      + " ("
                      + c.title()
                      + ") closed "
                      + c.closes()
                      + ", "
                      + days
                      + " days ago, more than "
                      + words.en()
                      + ", and no result published"),
              "a result published within "
                  + grace
                  + " of closing (by "
                  + c.closes().plus(grace)
                  + ")",
              "closed " + c.closes() + " (" + days + " days), no result"));
    }
    return findings;
  }

  private static List<Finding> errorReports(SiteContent site, InteractionRecord data, Rule rule) {
    LocalDate asOf = site.asOf();
    Period limit = rule.parameters().period("openLimit");
    Text words = Wording.period(limit);
    List<Finding> findings = new ArrayList<>();
    for (ErrorReport r : data.errorReportsOf(site.site().id())) {
      if (r.received().isAfter(asOf)
          || !r.received().plus(limit).isBefore(asOf)
          || by(r.answered(), asOf)) {
        continue;
      }
      long days = ChronoUnit.DAYS.between(r.received(), asOf);
      findings.add(
          site.finding(
              rule,
              null,
              null,
              site.sitePageUrl("report-error/") + "#" + r.number(),
              new Text(
                  "找错报告 "
                      + r.number()
                      + "（"
                      + r.url()
                      + "）"
                      + r.received()
                      + " 收到，已 "
                      + days
                      + " 天未答复，超过 "
                      + words.zh(),
                  "error report "
                      + r.number()
                      + " ("
                      + r.url()
                      + ") received "
                      + r.received()
                      + ", open for "
                      + days
                      + " days, more than "
                      + words.en()),
              "an answer within " + limit + " (by " + r.received().plus(limit) + ")",
              "report " + r.number() + " received " + r.received() + ", no answer"));
    }
    return findings;
  }
}
