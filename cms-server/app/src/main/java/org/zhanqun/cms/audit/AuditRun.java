package org.zhanqun.cms.audit;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.zhanqun.audit.AuditResult;

/**
 * One stored audit run: who asked, for which day, where it is ({@link AuditRunStatus}), and once
 * done its result as the JSON report.
 */
@Entity
@Table(name = "audit_run")
public class AuditRun {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "as_of")
  private LocalDate asOf;

  @Column(name = "site_id")
  private String siteId;

  @Column(name = "rules_version", nullable = false)
  private String rulesVersion;

  @Column(name = "custom_rules", nullable = false)
  private boolean customRules;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "duration_ms")
  private Long durationMs;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuditRunStatus status;

  @Column private String failure;

  /** {@code host:pid} of the server process that runs it; null for runs finished before V10. */
  @Column private String runner;

  @Column(nullable = false)
  private String sleeping;

  @Column(nullable = false)
  private String ranking;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "result_json")
  private String resultJson;

  protected AuditRun() {}

  /** A run asked for and not started yet. */
  AuditRun(
      LocalDate asOf,
      String siteId,
      String rulesVersion,
      boolean customRules,
      String requestedBy,
      Instant askedAt,
      String runner) {
    this.asOf = asOf;
    this.siteId = siteId;
    this.rulesVersion = rulesVersion;
    this.customRules = customRules;
    this.requestedBy = requestedBy;
    this.startedAt = askedAt;
    this.sleeping = "";
    this.ranking = "";
    this.status = AuditRunStatus.QUEUED;
    this.runner = runner;
  }

  void running(Instant at) {
    this.status = AuditRunStatus.RUNNING;
    this.startedAt = at;
  }

  void done(AuditResult result, String resultJson, Instant finishedAt) {
    this.asOf = result.asOf();
    this.siteId = result.site().orElse(null);
    this.rulesVersion = result.rulesVersion();
    this.durationMs = Duration.between(startedAt, finishedAt).toMillis();
    this.sleeping = String.join(",", result.sleeping());
    this.ranking = String.join(",", result.ranking());
    this.resultJson = resultJson;
    this.status = AuditRunStatus.DONE;
  }

  void failed(String reason, Instant finishedAt) {
    this.durationMs = Duration.between(startedAt, finishedAt).toMillis();
    this.failure = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    this.status = AuditRunStatus.FAILED;
  }

  /**
   * Whether the process that ran this unfinished run on {@code host} is gone: a process of this
   * host that no longer runs, or the asking process itself (a restart that got the same pid, as a
   * container's first process does) — at start-up, no run of its own is under way yet.
   */
  boolean abandonedOn(String host, long startingPid) {
    if (runner == null || !runner.startsWith(host + ":")) {
      return false;
    }
    try {
      long pid = Long.parseLong(runner.substring(host.length() + 1));
      return pid == startingPid || ProcessHandle.of(pid).isEmpty();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  AuditRunStatus status() {
    return status;
  }

  long id() {
    return id;
  }

  LocalDate asOf() {
    return asOf;
  }

  Optional<String> siteId() {
    return Optional.ofNullable(siteId);
  }

  String resultJson() {
    return resultJson;
  }

  AuditRunView view() {
    return new AuditRunView(
        id,
        asOf,
        siteId,
        rulesVersion,
        customRules,
        requestedBy,
        startedAt,
        durationMs,
        list(sleeping),
        list(ranking),
        status.wireName(),
        failure);
  }

  private static List<String> list(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
