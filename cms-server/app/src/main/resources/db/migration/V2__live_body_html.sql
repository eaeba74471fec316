-- The published body as sanitised HTML, rendered once at publication instead of on every read.
ALTER TABLE content_item ADD COLUMN live_body_html MEDIUMTEXT NULL AFTER live_content;
