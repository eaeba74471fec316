package org.zhanqun.builder.page;

/**
 * A published letter (公开信件): the question and answer with the four fields the rules require
 * (received date, reply date, replying department, reply text). It holds no personal data: the
 * published letter never had any.
 *
 * @param kind the letter kind's code
 * @param received {@code yyyy-MM-dd}; likewise {@code replied}
 * @param replyingSite the name of the site that replied, in the page's language when it has one
 * @param replyingSiteLanguage the language of {@code replyingSite}
 */
public record LetterView(
    String number,
    String kind,
    String subject,
    String question,
    String received,
    String replied,
    String replyingSite,
    String replyingSiteLanguage,
    String reply) {}
