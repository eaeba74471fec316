package org.zhanqun.cms.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored audit run in lists: what was audited and the outcome in brief; the whole result is the
 * run's JSON report.
 *
 * @param site the audited site; null for the whole cluster
 * @param customRules whether the run used a rules file of its own instead of the default set
 * @param sleeping the sleeping sites, in the cluster's display order
 * @param ranking site ids, best first
 */
public record AuditRunView(
    long id,
    LocalDate asOf,
    String site,
    String rulesVersion,
    boolean customRules,
    String requestedBy,
    Instant startedAt,
    long durationMs,
    List<String> sleeping,
    List<String> ranking) {}
