-- Search indexing (issue #7): a row per change to live content that Solr has not seen yet, written
-- in the changing transaction next to the publish_outbox row; the indexer claims rows with row
-- locks (FOR UPDATE SKIP LOCKED), sends the items' current live state to Solr (or deletes them
-- from the index) and deletes the rows in the same transaction. Solr being down leaves them here.

CREATE TABLE search_outbox (
  id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  item_id    BIGINT      NOT NULL,
  reason     VARCHAR(40) NOT NULL,
  created_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
