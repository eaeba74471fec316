-- Publishing to the static cluster: an outbox row is written in the transaction that changes what
-- the public sees of an item; a publisher claims rows with row locks (FOR UPDATE SKIP LOCKED),
-- renders the pages that depend on them, and records each run.

CREATE TABLE publish_outbox (
  id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  item_id    BIGINT      NOT NULL,
  reason     VARCHAR(40) NOT NULL,
  created_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE publish_run (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  instance       VARCHAR(200) NOT NULL,
  trigger_kind   VARCHAR(40)  NOT NULL,
  trigger_detail VARCHAR(2000) NOT NULL,
  item_ids       TEXT         NOT NULL,
  started_at     DATETIME(6)  NOT NULL,
  finished_at    DATETIME(6)  NOT NULL,
  duration_ms    BIGINT       NOT NULL,
  outcome        VARCHAR(20)  NOT NULL,
  pages          INT          NOT NULL,
  rendered       INT          NOT NULL,
  removed        INT          NOT NULL,
  files_copied   INT          NOT NULL,
  changed_paths  MEDIUMTEXT   NOT NULL,
  failure        TEXT,
  INDEX ix_publish_run_started (started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row whose lock a publish run holds for its transaction: one build at a time writes the
-- output, across instances; released by commit or rollback, and by MariaDB when a crashed
-- instance's connection drops.
CREATE TABLE publish_lock (
  id INT NOT NULL PRIMARY KEY
) ENGINE=InnoDB;
INSERT INTO publish_lock (id) VALUES (1);
