-- Issue 17: consultations (征集调查) with the public's opinions, and error reports about the
-- cluster's pages (我为政府网站找错), each with its trail of steps. Personal data (an opinion's
-- name and contact, a report's contact) is stored only sealed by the personal-data cipher: the
-- *_sealed columns never hold plain text.

CREATE TABLE consultation (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id             VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
  code                VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
  title               VARCHAR(200) NOT NULL,
  text                MEDIUMTEXT   NOT NULL,
  opens_on            DATE         NOT NULL,
  closes_on           DATE         NOT NULL,
  result              MEDIUMTEXT   NULL,
  result_published_at DATETIME(6)  NULL,
  result_published_by VARCHAR(100) NULL,
  created_by          VARCHAR(100) NOT NULL,
  created_at          DATETIME(6)  NOT NULL,
  updated_by          VARCHAR(100) NOT NULL,
  updated_at          DATETIME(6)  NOT NULL,
  version             INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_consultation_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT uq_consultation_code UNIQUE (site_id, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE consultation_opinion (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  consultation_id BIGINT        NOT NULL,
  number          VARCHAR(20)   COLLATE utf8mb4_bin NULL,
  text            TEXT          NOT NULL,
  name_sealed     VARCHAR(2000) NULL,
  contact_sealed  VARCHAR(2000) NULL,
  received_at     DATETIME(6)   NOT NULL,
  CONSTRAINT fk_opinion_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
  CONSTRAINT uq_opinion_number UNIQUE (number),
  INDEX ix_opinion_consultation (consultation_id, received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE error_report (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  number         VARCHAR(20)   COLLATE utf8mb4_bin NULL,
  site_id        VARCHAR(64)   COLLATE utf8mb4_bin NOT NULL,
  url            VARCHAR(2000) NOT NULL,
  description    TEXT          NOT NULL,
  contact_sealed VARCHAR(2000) NULL,
  received_at    DATETIME(6)   NOT NULL,
  status         VARCHAR(20)   NOT NULL,
  answer         TEXT          NULL,
  answered_at    DATETIME(6)   NULL,
  answered_by    VARCHAR(100)  NULL,
  version        INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_error_report_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT uq_error_report_number UNIQUE (number),
  INDEX ix_error_report_site (site_id, status, received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every step of a report: received (actor: public), forwarded (from_site -> to_site, note: the
-- reason), answered (note: the answer).
CREATE TABLE error_report_step (
  id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report_id BIGINT       NOT NULL,
  action    VARCHAR(20)  NOT NULL,
  actor     VARCHAR(100) NOT NULL,
  at        DATETIME(6)  NOT NULL,
  from_site VARCHAR(64)  COLLATE utf8mb4_bin NULL,
  to_site   VARCHAR(64)  COLLATE utf8mb4_bin NULL,
  note      TEXT         NULL,
  CONSTRAINT fk_step_error_report FOREIGN KEY (report_id) REFERENCES error_report (id),
  INDEX ix_step_report (report_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
