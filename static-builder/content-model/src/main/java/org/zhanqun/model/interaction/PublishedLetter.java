package org.zhanqun.model.interaction;

import java.time.LocalDate;

/**
 * A letter published on its channel's page (公开), with the citizen's consent and with personal data
 * removed by the handler: the question and the reply as approved for publication. The four fields
 * the inspection indicators require are {@code received}, {@code replied}, {@code replyingSite}
 * (the replying department) and {@code reply}.
 *
 * @param number the letter's public number, e.g. {@code XJ2026-000123}
 * @param site the site of the channel the letter came in on
 * @param replyingSite the site whose handlers replied (after assignment, another department's)
 */
public record PublishedLetter(
    String number,
    String site,
    String channel,
    LetterKind kind,
    String subject,
    String question,
    LocalDate received,
    LocalDate replied,
    String replyingSite,
    String reply) {}
