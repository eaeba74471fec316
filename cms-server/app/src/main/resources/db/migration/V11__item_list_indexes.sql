-- Issue #14: the console's item lists stay fast on 10,000 items of one site.
--
-- A list is one site's items (often of one status or one column) newest change first, then a
-- count. Without these MariaDB read the site's rows through ix_item_list and sorted them all
-- (filesort) for every page; with them it walks the index in updated_at order and stops after the
-- page (InnoDB appends the primary key, so the tie-break on id comes with the order). The text
-- filter (q) still reads the site's rows: LIKE '%…%' can use no index.
ALTER TABLE content_item
  ADD INDEX ix_item_site_updated (site_id, updated_at),
  ADD INDEX ix_item_site_status_updated (site_id, status, updated_at),
  ADD INDEX ix_item_site_column_updated (site_id, column_id, updated_at);

-- "My work": the newest workflow event of each item (was it sent back?) and the events of a site.
ALTER TABLE workflow_event
  ADD INDEX ix_event_site_action (site_id, action, item_id);
