-- Links that show an unpublished item rendered with its site's templates. Only the SHA-256 of a
-- token is kept, as for login tokens; a link lives zhanqun.preview.ttl.
CREATE TABLE preview_token (
  token_hash CHAR(64)     NOT NULL PRIMARY KEY,
  item_id    BIGINT       NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  expires_at DATETIME(6)  NOT NULL,
  INDEX ix_preview_token_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
