-- The wake-up audit's stored runs: each run's result as the audit library's JSON report (the
-- same document the command line prints), plus the columns that lists and rights need.
-- (V6 is the search index outbox.)

CREATE TABLE audit_run (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  as_of         DATE          NOT NULL,
  site_id       VARCHAR(32),
  rules_version VARCHAR(200)  NOT NULL,
  custom_rules  BOOLEAN       NOT NULL,
  requested_by  VARCHAR(100)  NOT NULL,
  started_at    DATETIME(6)   NOT NULL,
  duration_ms   BIGINT        NOT NULL,
  sleeping      VARCHAR(2000) NOT NULL,
  ranking       VARCHAR(4000) NOT NULL,
  result_json   LONGTEXT      NOT NULL,
  INDEX ix_audit_run_as_of (as_of, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
