package org.zhanqun.cms.audit;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** One stored audit run: who asked, for which day, and its result as the JSON report. */
@Entity
@Table(name = "audit_run")
public class AuditRun {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "as_of", nullable = false)
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

  @Column(name = "duration_ms", nullable = false)
  private long durationMs;

  @Column(nullable = false)
  private String sleeping;

  @Column(nullable = false)
  private String ranking;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "result_json", nullable = false)
  private String resultJson;

  protected AuditRun() {}

  AuditRun(
      AuditResult result,
      String resultJson,
      boolean customRules,
      String requestedBy,
      Instant startedAt,
      Instant finishedAt) {
    this.asOf = result.asOf();
    this.siteId = result.site().orElse(null);
    this.rulesVersion = result.rulesVersion();
    this.customRules = customRules;
    this.requestedBy = requestedBy;
    this.startedAt = startedAt;
    this.durationMs = Duration.between(startedAt, finishedAt).toMillis();
    this.sleeping = String.join(",", result.sleeping());
    this.ranking = String.join(",", result.ranking());
    this.resultJson = resultJson;
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
        list(ranking));
  }

  private static List<String> list(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
