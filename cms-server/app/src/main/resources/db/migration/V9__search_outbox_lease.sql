-- Search indexing without a transaction around Solr (issue #13): the indexer claims rows in a short
-- transaction by writing a claim token and a lease expiry, sends to Solr outside any transaction,
-- then deletes its rows in another short one. A claim whose lease has expired (an instance that
-- crashed or hung) is taken again by the next indexer. Publishing only inserts rows and never
-- waits for the indexer.

ALTER TABLE search_outbox
  ADD COLUMN claim         VARCHAR(36) NULL,
  ADD COLUMN claimed_until DATETIME(6) NULL;
