-- One batch of benchmark letters, seq FIRST..LAST of TOTAL up to TODAY (run.sh replaces the capitals), straight
-- into the embedded MariaDB's letter table (schema: db/migration/V15__letters.sql). The letters are
-- spread evenly over the letter channels of the cluster (letter_channel; one mailbox per site when
-- that table is empty) and over the 730 days up to today, received in order of seq so that the
-- indexes grow at their right edge. States, from fixed hashes of seq (the same data every run):
--   3 % rejected; letters of the last 10 days: half still waiting (received, accepted, in review);
--   older: 1.5 % overdue (accepted, past due), the rest answered (closed after 30 days, else
--   replied), 88 % of them within the channel's working days; 45 % consent to publication and 30 %
--   are published a day after the reply; 40 % of the answered are rated (30 satisfied, 6 basically
--   satisfied, 4 unsatisfied). Calendar days stand in for working days (5 working days = 7 days).
-- Personal data and letter steps are left out: the statistics read neither.

CREATE TEMPORARY TABLE IF NOT EXISTS bench_channel (
  n INT NOT NULL PRIMARY KEY, site_id VARCHAR(64) NOT NULL, code VARCHAR(32) NOT NULL,
  reply_days INT NOT NULL);
DELETE FROM bench_channel;
INSERT INTO bench_channel
  SELECT ROW_NUMBER() OVER (ORDER BY site_id, code) - 1, site_id, code, reply_days FROM letter_channel;
INSERT INTO bench_channel
  SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id, 'mailbox', 5 FROM site
  WHERE NOT EXISTS (SELECT 1 FROM letter_channel);
SET @channels = (SELECT COUNT(*) FROM bench_channel);
SET @today = DATE 'TODAY';
SET @first = @today - INTERVAL 729 DAY;

INSERT INTO letter (number, channel_site, channel_code, site_id, kind, subject, text,
  publish_consent, query_hash, status, received_at, received_on, due_on, accepted_at, replied_at,
  replied_on, published_at, published_on, rated_at, closed_at, rejected_at, reply, replying_site,
  published_subject, published_question, published_reply, rating, reject_reason,
  working_days_to_reply, on_time)
SELECT
  CONCAT('BN', YEAR(received_on), '-', LPAD(seq, 7, '0')),
  site_id, code, site_id,
  IF(code = 'zixun', 'consultation', ELT(1 + seq % 3, 'complaint', 'suggestion', 'consultation')),
  CONCAT('关于', ELT(1 + seq % 5, '道路施工噪音', '小区供暖', '公交线路调整', '企业开办手续', '医保报销'),
    '的来信'),
  '基准测试生成的来信内容：反映情况并提出建议，请有关部门研究答复。',
  h_pub < 45,
  CONCAT('bench', LPAD(seq, 59, '0')),
  CASE state
    WHEN 'rejected' THEN 'rejected'
    WHEN 'waiting' THEN ELT(1 + h_state % 3, 'received', 'accepted', 'in-review')
    WHEN 'overdue' THEN 'accepted'
    ELSE IF(DATEDIFF(@today, received_on) > 30, 'closed', 'replied')
  END,
  received_at, received_on, due_on,
  IF(state IN ('overdue', 'answered') OR (state = 'waiting' AND h_state % 3 > 0),
    received_at + INTERVAL 1 DAY, NULL),
  IF(state = 'answered', replied_on + INTERVAL 10 HOUR, NULL),
  IF(state = 'answered', replied_on, NULL),
  IF(published, published_on + INTERVAL 9 HOUR, NULL),
  IF(published, published_on, NULL),
  IF(rated, replied_on + INTERVAL 2 DAY, NULL),
  IF(state = 'answered' AND DATEDIFF(@today, received_on) > 30, replied_on + INTERVAL 30 DAY, NULL),
  IF(state = 'rejected', received_at + INTERVAL 1 DAY, NULL),
  IF(state = 'answered', '您好，来信收悉。经研究，现答复如下：已督促有关单位整改，感谢您的监督。', NULL),
  IF(state = 'answered', site_id, NULL),
  IF(published, '关于来信事项的答复', NULL),
  IF(published, '反映情况并提出建议。', NULL),
  IF(published, '已督促有关单位整改，感谢您的监督。', NULL),
  IF(rated, IF(h_rate < 30, 'satisfied', IF(h_rate < 36, 'basically-satisfied', 'unsatisfied')), NULL),
  IF(state = 'rejected', '来信内容不属于本机关职责范围。', NULL),
  IF(state = 'answered', working_days, NULL),
  IF(state = 'answered', working_days <= reply_days, NULL)
FROM (
  SELECT d.*,
    state = 'answered' AND h_pub < 30 AS published,
    LEAST(replied_on + INTERVAL 1 DAY, @today) AS published_on,
    state = 'answered' AND h_rate < 40 AS rated
  FROM (
    SELECT b.*,
      CASE
        WHEN h_state < 30 THEN 'rejected'
        WHEN DATEDIFF(@today, received_on) <= 10 AND h_state >= 500 THEN 'waiting'
        WHEN DATEDIFF(@today, received_on) > 10 AND h_state < 45 THEN 'overdue'
        ELSE 'answered'
      END AS state,
      IF(h_days < 88, 1 + h_days % 5, 6 + h_days % 5) AS working_days,
      LEAST(received_on + INTERVAL CEIL(IF(h_days < 88, 1 + h_days % 5, 6 + h_days % 5) * 7 / 5) DAY,
        @today) AS replied_on,
      received_on + INTERVAL CEIL(reply_days * 7 / 5) DAY AS due_on,
      received_on + INTERVAL (8 * 3600 + (seq * 37) % 36000) SECOND AS received_at
    FROM (
      SELECT s.seq, c.site_id, c.code, c.reply_days,
        @first + INTERVAL FLOOR((s.seq - 1) * 730 / TOTAL) DAY AS received_on,
        (s.seq * 2654435761) % 1000 AS h_state,
        (s.seq * 40503) % 100 AS h_days,
        (s.seq * 69069) % 100 AS h_pub,
        (s.seq * 16807) % 100 AS h_rate
      FROM seq_FIRST_to_LAST s JOIN bench_channel c ON c.n = s.seq % @channels
    ) b
  ) d
) g;
