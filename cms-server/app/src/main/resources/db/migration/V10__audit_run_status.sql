-- Audit runs run in the background (issue #13): a run is stored as soon as it is asked for
-- ('QUEUED'), then 'RUNNING', then 'DONE' with its result or 'FAILED' with the reason. What only a
-- finished run knows may be empty until then. The runner (host:pid of the server that runs it) lets
-- a restarted server fail the runs its previous process left unfinished.

ALTER TABLE audit_run
  ADD COLUMN status  VARCHAR(16)   NOT NULL DEFAULT 'DONE',
  ADD COLUMN failure VARCHAR(1000) NULL,
  ADD COLUMN runner  VARCHAR(255)  NULL,
  MODIFY COLUMN as_of       DATE     NULL,
  MODIFY COLUMN duration_ms BIGINT   NULL,
  MODIFY COLUMN result_json LONGTEXT NULL;
