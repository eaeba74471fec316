package org.zhanqun.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.zhanqun.audit.check.ExternalEvidence;
import org.zhanqun.audit.rule.Rules;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.proofreading.Proofreader;

/**
 * What to audit: a cluster's content, with which rules, as of which day, the whole cluster or one
 * site, and whatever external evidence the caller has (see {@link ExternalEvidence}: without it the
 * rules that need it are reported as not evaluated).
 *
 * @param asOf the day of the audit, in the cluster's time zone: items published after the end of
 *     that day, and drafts, do not count
 * @param site empty for the whole cluster
 */
public record AuditRequest(
    ContentSet content,
    Rules rules,
    LocalDate asOf,
    Optional<String> site,
    ExternalEvidence evidence) {

  public AuditRequest {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** The whole cluster as of {@code asOf}, without external evidence. */
  public static AuditRequest of(ContentSet content, Rules rules, LocalDate asOf) {
    return new AuditRequest(content, rules, asOf, Optional.empty(), ExternalEvidence.NONE);
  }

  /** Today in the cluster's time zone, by {@code clock}: the default as-of date. */
  public static LocalDate today(ContentSet content, Clock clock) {
    return LocalDate.now(clock.withZone(content.cluster().timeZone()));
  }

  /** The same request for one site only. */
  public AuditRequest forSite(String siteId) {
    return new AuditRequest(content, rules, asOf, Optional.of(siteId), evidence);
  }

  public AuditRequest withEvidence(ExternalEvidence newEvidence) {
    return new AuditRequest(content, rules, asOf, site, newEvidence);
  }

  /**
   * The same request with the proofreader the proofreading rules use (without one they are not
   * evaluated); kept in the {@link ExternalEvidence}, so give it after {@link #withEvidence}.
   */
  public AuditRequest withProofreader(Proofreader proofreader) {
    return withEvidence(evidence.withProofreader(proofreader));
  }
}
