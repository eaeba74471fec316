-- Audit runs run in the background (issue #13): a run is stored as soon as it is asked for
-- ('QUEUED'), then 'RUNNING', then 'DONE' with its result or 'FAILED' with the reason. What only a
-- finished run knows may be empty until then.

ALTER TABLE audit_run
  ADD COLUMN status  VARCHAR(16)   NOT NULL DEFAULT 'DONE',
  ADD COLUMN failure VARCHAR(1000) NULL,
  MODIFY COLUMN as_of       DATE     NULL,
  MODIFY COLUMN duration_ms BIGINT   NULL,
  MODIFY COLUMN result_json LONGTEXT NULL;
