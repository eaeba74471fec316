package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.SITE_UNREACHABLE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.Text;

/**
 * {@code site-unreachable}: over the {@code window} ending with the as-of day, the share of failed
 * probes (not opened, or slower than {@code timeoutSeconds}) reaches {@code failPercent}. Needs the
 * probe history; a site probed fewer than {@code minProbesPerDay} times a day on average is not
 * judged (too little evidence either way).
 */
final class AvailabilityCheck implements Check {

  @Override
  public List<String> rules() {
    return List.of(SITE_UNREACHABLE);
  }

  @Override
  public Optional<Text> notEvaluated(ExternalEvidence evidence) {
    return evidence.probes().isPresent()
        ? Optional.empty()
        : Optional.of(
            new Text(
                "没有可用性探测记录（需由服务器按日探测首页）",
                "no probe history: the server's prober supplies it (live sites only)"));
  }

  @Override
  public List<Finding> run(SiteContent site) {
    Optional<Rule> enabled = site.enabled(SITE_UNREACHABLE);
    Optional<ProbeHistory> history = site.evidence().probes();
    if (enabled.isEmpty() || history.isEmpty()) {
      return List.of();
    }
    Rule rule = enabled.get();
    LocalDate asOf = site.asOf();
    LocalDate from = asOf.minus(rule.parameters().period("window")).plusDays(1);
    Instant start = from.atStartOfDay(site.cluster().cluster().timeZone()).toInstant();
    Instant end = asOf.plusDays(1).atStartOfDay(site.cluster().cluster().timeZone()).toInstant();
    long timeoutMillis = rule.parameters().count("timeoutSeconds") * 1000L;
    List<ProbeHistory.Probe> probes =
        history.get().probes().stream()
            .filter(p -> p.site().equals(site.site().id()))
            .filter(p -> !p.at().isBefore(start) && p.at().isBefore(end))
            .toList();
    long days = ChronoUnit.DAYS.between(from, asOf) + 1;
    if (probes.isEmpty() || probes.size() < days * rule.parameters().count("minProbesPerDay")) {
      return List.of();
    }
    long failed = probes.stream().filter(p -> !p.opened() || p.millis() > timeoutMillis).count();
    BigDecimal percent =
        BigDecimal.valueOf(failed * 100)
            .divide(BigDecimal.valueOf(probes.size()), 2, RoundingMode.HALF_UP);
    if (percent.compareTo(rule.parameters().decimal("failPercent")) < 0) {
      return List.of();
    }
    return List.of(
        site.finding(
            rule,
            null,
            null,
            site.homeUrl(),
            new Text(
                from
                    + " 至 "
                    + asOf
                    + " 共探测 "
                    + probes.size()
                    + " 次，失败 "
                    + failed
                    + " 次（"
                    + percent.toPlainString()
                    + "%，否决线 "
                    + rule.parameters().decimal("failPercent").toPlainString()
                    + "%）",
                failed
                    + " of "
                    + probes.size()
                    + " probes failed from "
                    + from
                    + " to "
                    + asOf
                    + " ("
                    + percent.toPlainString()
                    + " %, veto at "
                    + rule.parameters().decimal("failPercent").toPlainString()
                    + " %)"),
            "under "
                + rule.parameters().decimal("failPercent").toPlainString()
                + " % failed probes",
            percent.toPlainString() + " % failed"));
  }
}
