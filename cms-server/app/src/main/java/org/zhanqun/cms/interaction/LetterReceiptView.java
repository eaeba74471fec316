package org.zhanqun.cms.interaction;

import java.time.LocalDate;

/**
 * The answer to a submission. The query code is shown this once: only its hash is stored.
 *
 * @param number e.g. {@code XJ2026-000123}
 * @param queryCode {@code XXXX-XXXX-XXXX-XXXX-XXXX}
 * @param received the day received, in the cluster's time zone
 * @param due the last day of the reply limit
 * @param status {@code received}
 */
public record LetterReceiptView(
    String number, String queryCode, LocalDate received, LocalDate due, String status) {}
