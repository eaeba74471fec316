-- Issue 17: letters (信件) to the channels of a site, handled by the responsible site's editors and
-- reviewers, with deadlines in working days. The citizen's personal data (name, phone, e-mail,
-- address) is stored only encrypted (AES-256-GCM, interaction.intake.PersonalDataCipher) and purged
-- after the retention period; the query code only as its SHA-256.

-- A site's letter channels (市长信箱, 局长信箱, 政务咨询), imported from interaction.yaml.
CREATE TABLE letter_channel (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id     VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
  code        VARCHAR(32)  COLLATE utf8mb4_bin NOT NULL,
  names       TEXT         NOT NULL,
  kinds       VARCHAR(100) NOT NULL,
  reply_days  INT          NOT NULL,
  position    INT          NOT NULL,
  CONSTRAINT uq_letter_channel UNIQUE (site_id, code),
  CONSTRAINT fk_letter_channel_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The serial of letter numbers (XJ2026-000123): a sequence, which hands out numbers without a lock
-- held until the submitting transaction ends, so that concurrent submissions never wait for each
-- other; a number lost to a rollback or a restart leaves a gap.
CREATE SEQUENCE letter_serial START WITH 1 INCREMENT BY 1;

CREATE TABLE letter (
  id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  number                 VARCHAR(20)  COLLATE utf8mb4_bin NOT NULL,
  channel_site           VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
  channel_code           VARCHAR(32)  COLLATE utf8mb4_bin NOT NULL,
  site_id                VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
  kind                   VARCHAR(20)  COLLATE ascii_bin NOT NULL,
  subject                VARCHAR(400) NOT NULL,
  text                   TEXT         NOT NULL,
  publish_consent        BOOLEAN      NOT NULL,
  name_sealed            TEXT,
  phone_sealed           TEXT,
  email_sealed           TEXT,
  address_sealed         TEXT,
  query_hash             CHAR(64)     COLLATE ascii_bin NOT NULL,
  status                 VARCHAR(20)  COLLATE ascii_bin NOT NULL,
  received_at            DATETIME(6)  NOT NULL,
  received_on            DATE         NOT NULL,
  due_on                 DATE         NOT NULL,
  accepted_at            DATETIME(6),
  replied_at             DATETIME(6),
  replied_on             DATE,
  published_at           DATETIME(6),
  published_on           DATE,
  rated_at               DATETIME(6),
  closed_at              DATETIME(6),
  rejected_at            DATETIME(6),
  draft_reply            TEXT,
  reply                  TEXT,
  replying_site          VARCHAR(64)  COLLATE utf8mb4_bin,
  published_subject      VARCHAR(400),
  published_question     TEXT,
  published_reply        TEXT,
  rating                 VARCHAR(30)  COLLATE ascii_bin,
  rating_comment         TEXT,
  reject_reason          TEXT,
  working_days_to_reply  INT,
  on_time                BOOLEAN,
  purged_at              DATETIME(6),
  version                INT          NOT NULL DEFAULT 0,
  CONSTRAINT uq_letter_number UNIQUE (number),
  CONSTRAINT uq_letter_query UNIQUE (query_hash),
  -- covering indexes: the statistics per site and the monthly figures per channel read only these,
  -- so a year of a million letters is an index range scan, never the table
  KEY ix_letter_statistics (site_id, received_on, status, due_on, replied_on, on_time,
    working_days_to_reply, published_on, rating),
  KEY ix_letter_channel_months (channel_site, channel_code, received_on, replied_on, on_time,
    working_days_to_reply, rating),
  KEY ix_letter_status_due (status, due_on, received_on, site_id),
  KEY ix_letter_published (published_on),
  KEY ix_letter_received (received_on, site_id, replied_on, on_time, working_days_to_reply,
    published_on, rating)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every step of a letter with who ("public" for the citizen, "system" for the purge) and when.
CREATE TABLE letter_step (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  letter_id  BIGINT       NOT NULL,
  step       VARCHAR(20)  NOT NULL,
  actor      VARCHAR(100) NOT NULL,
  site_id    VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
  note       TEXT,
  at         DATETIME(6)  NOT NULL,
  KEY ix_letter_step_letter (letter_id, at),
  CONSTRAINT fk_letter_step_letter FOREIGN KEY (letter_id) REFERENCES letter (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The statistics' figures of whole past months per responsible site, so that statistics over
-- years of letters add up a few rows per month instead of reading every letter. A month is in
-- letter_month_computed once its rows are here; a step on a letter (which may change its figures)
-- deletes its month from there in the step's transaction, and the next statistics count it again.
CREATE TABLE letter_month_figures (
  month              DATE        NOT NULL,
  site_id            VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
  received           INT         NOT NULL,
  answered           INT         NOT NULL,
  on_time            INT         NOT NULL,
  working_days_sum   BIGINT      NOT NULL,
  working_days_count INT         NOT NULL,
  published          INT         NOT NULL,
  rated              INT         NOT NULL,
  satisfied          INT         NOT NULL,
  PRIMARY KEY (month, site_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE letter_month_computed (
  month DATE NOT NULL PRIMARY KEY
) ENGINE=InnoDB;
