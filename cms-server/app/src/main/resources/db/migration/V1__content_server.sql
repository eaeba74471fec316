-- The content server's schema. utf8mb4 everywhere so Chinese text round-trips; codes that must
-- match exactly (索引号, usernames, slugs) use a binary collation.

CREATE TABLE cluster (
  id               VARCHAR(64)  NOT NULL PRIMARY KEY,
  names            TEXT         NOT NULL,
  base_url         VARCHAR(500) NOT NULL,
  default_language VARCHAR(20)  NOT NULL,
  languages        VARCHAR(500) NOT NULL,
  time_zone        VARCHAR(64)  NOT NULL,
  version          INT          NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO cluster (id, names, base_url, default_language, languages, time_zone)
VALUES ('zhanqun', '{"zh-CN":"站群","en":"Zhanqun"}', 'http://localhost:8080/', 'zh-CN', 'zh-CN,en',
        'Asia/Shanghai');

CREATE TABLE site (
  id              VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
  kind            VARCHAR(20)  NOT NULL,
  names           TEXT         NOT NULL,
  department      VARCHAR(200) NOT NULL,
  path            VARCHAR(200) COLLATE utf8mb4_bin NOT NULL,
  theme           VARCHAR(64)  NOT NULL,
  languages       VARCHAR(500) NOT NULL,
  site_code       VARCHAR(10),
  icp             VARCHAR(100),
  public_security VARCHAR(100),
  contact_phone   VARCHAR(50),
  contact_email   VARCHAR(200),
  contact_address VARCHAR(500),
  position        INT          NOT NULL DEFAULT 0,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  version         INT          NOT NULL DEFAULT 0,
  CONSTRAINT uq_site_path UNIQUE (path)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE site_column (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id       VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
  code          VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
  parent_id     BIGINT       NULL,
  names         TEXT         NOT NULL,
  category      VARCHAR(32)  NOT NULL,
  content_types VARCHAR(200) NOT NULL,
  position      INT          NOT NULL DEFAULT 0,
  version       INT          NOT NULL DEFAULT 0,
  CONSTRAINT uq_column_code UNIQUE (site_id, code),
  CONSTRAINT fk_column_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT fk_column_parent FOREIGN KEY (parent_id) REFERENCES site_column (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE stored_file (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id      VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
  file_name    VARCHAR(255) NOT NULL,
  content_type VARCHAR(150) NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  data         LONGBLOB     NOT NULL,
  uploaded_at  DATETIME(6)  NOT NULL,
  uploaded_by  VARCHAR(64)  NOT NULL,
  CONSTRAINT fk_file_site FOREIGN KEY (site_id) REFERENCES site (id),
  INDEX ix_file_site (site_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE content_item (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id            VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
  column_id          BIGINT       NOT NULL,
  type               VARCHAR(20)  NOT NULL,
  language           VARCHAR(20)  NOT NULL,
  translation_key    VARCHAR(200) COLLATE utf8mb4_bin NOT NULL,
  slug               VARCHAR(200) COLLATE utf8mb4_bin NOT NULL,
  title              VARCHAR(500) NOT NULL,
  summary            TEXT,
  body               MEDIUMTEXT,
  source             VARCHAR(200),
  tags               TEXT,
  index_no           VARCHAR(64)  COLLATE utf8mb4_bin NULL,
  details            MEDIUMTEXT,
  file_id            BIGINT       NULL,
  status             VARCHAR(20)  NOT NULL,
  revision           INT          NOT NULL,
  version            INT          NOT NULL,
  created_at         DATETIME(6)  NOT NULL,
  created_by         VARCHAR(64)  NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  updated_by         VARCHAR(64)  NOT NULL,
  content_changed_at DATETIME(6)  NOT NULL,
  first_published_at DATETIME(6)  NULL,
  last_published_at  DATETIME(6)  NULL,
  scheduled_at       DATETIME(6)  NULL,
  live_revision      INT          NULL,
  live_content       MEDIUMTEXT   NULL,
  live_body_html     MEDIUMTEXT   NULL,
  CONSTRAINT uq_item_index_no UNIQUE (index_no),
  CONSTRAINT uq_item_slug UNIQUE (site_id, language, slug),
  CONSTRAINT uq_item_translation UNIQUE (site_id, translation_key, language),
  CONSTRAINT fk_item_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT fk_item_column FOREIGN KEY (column_id) REFERENCES site_column (id),
  CONSTRAINT fk_item_file FOREIGN KEY (file_id) REFERENCES stored_file (id),
  INDEX ix_item_list (site_id, column_id, status),
  INDEX ix_item_updated (updated_at),
  INDEX ix_item_due (status, scheduled_at),
  INDEX ix_item_live (live_revision, first_published_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE interpretation_policy (
  interpretation_id BIGINT NOT NULL,
  policy_id         BIGINT NOT NULL,
  PRIMARY KEY (interpretation_id, policy_id),
  CONSTRAINT fk_ip_interpretation FOREIGN KEY (interpretation_id) REFERENCES content_item (id) ON DELETE CASCADE,
  CONSTRAINT fk_ip_policy FOREIGN KEY (policy_id) REFERENCES content_item (id)
) ENGINE=InnoDB;

CREATE TABLE guide_form (
  guide_id BIGINT NOT NULL,
  form_id  BIGINT NOT NULL,
  PRIMARY KEY (guide_id, form_id),
  CONSTRAINT fk_gf_guide FOREIGN KEY (guide_id) REFERENCES content_item (id) ON DELETE CASCADE,
  CONSTRAINT fk_gf_form FOREIGN KEY (form_id) REFERENCES content_item (id)
) ENGINE=InnoDB;

CREATE TABLE item_revision (
  id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  item_id    BIGINT      NOT NULL,
  number     INT         NOT NULL,
  content    MEDIUMTEXT  NOT NULL,
  created_at DATETIME(6) NOT NULL,
  author     VARCHAR(64) NOT NULL,
  note       VARCHAR(500),
  CONSTRAINT uq_revision UNIQUE (item_id, number),
  CONSTRAINT fk_revision_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- No foreign key on item_id: the trail of a deleted item stays.
CREATE TABLE workflow_event (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  item_id      BIGINT       NOT NULL,
  site_id      VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
  action       VARCHAR(30)  NOT NULL,
  from_status  VARCHAR(20)  NULL,
  to_status    VARCHAR(20)  NULL,
  actor        VARCHAR(64)  NOT NULL,
  at           DATETIME(6)  NOT NULL,
  comment      TEXT         NULL,
  published_at DATETIME(6)  NULL,
  scheduled_at DATETIME(6)  NULL,
  INDEX ix_event_item (item_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
  password_hash VARCHAR(500) NOT NULL,
  display_name  VARCHAR(200) NOT NULL,
  administrator BOOLEAN      NOT NULL DEFAULT FALSE,
  evaluator     BOOLEAN      NOT NULL DEFAULT FALSE,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(6)  NOT NULL,
  version       INT          NOT NULL DEFAULT 0,
  CONSTRAINT uq_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE site_role (
  user_id BIGINT      NOT NULL,
  site_id VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
  role    VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, site_id, role),
  CONSTRAINT fk_role_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE auth_token (
  token_hash CHAR(64)    NOT NULL PRIMARY KEY,
  user_id    BIGINT      NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_token_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
  INDEX ix_token_expiry (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
