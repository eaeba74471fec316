package org.zhanqun.cms.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored audit run in lists and as the answer to starting one: what was audited, where the run
 * is, and the outcome in brief; the whole result is the run's JSON report.
 *
 * @param site the audited site; null for the whole cluster
 * @param customRules whether the run used a rules file of its own instead of the default set
 * @param sleeping the sleeping sites, in the cluster's display order
 * @param asOf null until the run is done when the request named no day
 * @param durationMs null until the run is done or failed
 * @param ranking site ids, best first; empty until the run is done
 * @param status {@code queued}, {@code running}, {@code done} or {@code failed}
 * @param failure why the run failed; null otherwise
 */
public record AuditRunView(
    long id,
    LocalDate asOf,
    String site,
    String rulesVersion,
    boolean customRules,
    String requestedBy,
    Instant startedAt,
    Long durationMs,
    List<String> sleeping,
    List<String> ranking,
    String status,
    String failure) {}
