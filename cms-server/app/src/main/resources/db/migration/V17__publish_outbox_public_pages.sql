-- An outbox entry may be about a site's public pages rather than an item: interaction (letters
-- published, monthly figures, consultations) changes pages without changing any item.
ALTER TABLE publish_outbox MODIFY item_id BIGINT NULL;
ALTER TABLE publish_outbox ADD COLUMN site_id VARCHAR(32) NULL AFTER item_id;
