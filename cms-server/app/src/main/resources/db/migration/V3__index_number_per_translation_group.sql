-- The language versions of one policy (one translation group: same site and translation key) may
-- share a 索引号, as the content format allows; different groups may not. A unique key cannot say
-- "all rows with this 索引号 are in one group", so the content service checks that, and the
-- database keeps the part a key can hold: one item per 索引号 and language.
ALTER TABLE content_item DROP INDEX uq_item_index_no;
ALTER TABLE content_item ADD CONSTRAINT uq_item_index_no_language UNIQUE (index_no, language);
