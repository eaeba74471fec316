-- One outbox worker for publishing and search indexing (issue #15): the publisher claims its rows
-- as the search indexer does, by writing a claim token and a lease expiry in a short transaction;
-- it deletes them by token once the run that published them is recorded, or frees them when the
-- run failed.

ALTER TABLE publish_outbox
  ADD COLUMN claim         VARCHAR(36) NULL,
  ADD COLUMN claimed_until DATETIME(6) NULL,
  ADD INDEX ix_publish_outbox_claim (claim);
