-- Issue #13: one item must never stop the cluster's publishing.
--
-- The slug of each item's live revision, kept by MariaDB from the live content itself, so that a new
-- or renamed item cannot take a slug that another item's live revision still has (its working copy
-- may have been renamed since it was published).
ALTER TABLE content_item
  ADD COLUMN live_slug VARCHAR(200)
    AS (JSON_VALUE(live_content, '$.slug')) PERSISTENT,
  ADD INDEX ix_content_item_live_slug (site_id, language, live_slug);

-- What a publish run left out so that the rest of the cluster could publish (one JSON array of
-- {site, itemId, reason}); null when it left out nothing.
ALTER TABLE publish_run ADD COLUMN problems MEDIUMTEXT NULL;
