package org.zhanqun.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhanqun.audit.finding.Finding;

/**
 * The outcome of one audit run: a pure function of the content, the as-of date, the rules and the
 * external evidence, with no clock time in it, so that the same inputs give an equal result (and
 * byte-identical reports).
 *
 * @param cluster the cluster's id
 * @param timeZone the cluster's time zone, in which {@code asOf} is a day
 * @param site the audited site; empty for the whole cluster
 * @param sites in the cluster's display order
 * @param ranking site ids, best first: sites without a veto by score, then vetoed sites by score;
 *     ties by site id
 * @param sleeping the sleeping sites' ids, in the cluster's display order
 * @param notEvaluated the rules this run did not evaluate, in the rules file's order
 */
public record AuditResult(
    String cluster,
    String timeZone,
    LocalDate asOf,
    String rulesVersion,
    Optional<String> site,
    List<SiteResult> sites,
    List<String> ranking,
    List<String> sleeping,
    List<NotEvaluated> notEvaluated) {

  public AuditResult {
    sites = List.copyOf(sites);
    ranking = List.copyOf(ranking);
    sleeping = List.copyOf(sleeping);
    notEvaluated = List.copyOf(notEvaluated);
  }

  public Optional<SiteResult> site(String id) {
    return sites.stream().filter(s -> s.site().equals(id)).findFirst();
  }

  /** Every finding of every site, in site order. */
  public List<Finding> findings() {
    return sites.stream().flatMap(s -> s.findings().stream()).toList();
  }
}
