package org.zhanqun.builder.page;

import java.util.List;

/**
 * One page of a letter channel (市长信箱, 局长信箱, 政务咨询) in one language: the channel's rules and
 * submission form, its published letters newest reply first, and its monthly figures. The form and
 * the figures are on the first page only; further pages list older letters.
 *
 * @param contentLanguage the language the letters are written in (the site's source language)
 * @param channel the channel's code, sent with the form
 * @param nameLanguage the language of {@code name}: the page's, or the fallback it was taken from
 * @param kinds the codes of the letter kinds the channel takes ({@code consultation}, {@code
 *     complaint}, {@code suggestion}); the first is the form's default
 * @param replyDays the reply limit in working days
 * @param form where the form posts ({@code public/letters})
 * @param letters this page's published letters
 * @param months the monthly figures, newest first, at most twelve
 * @param queryUrl the site's query page
 */
public record ChannelPage(
    PageContext context,
    String contentLanguage,
    String channel,
    String name,
    String nameLanguage,
    List<String> kinds,
    int replyDays,
    InteractionForm form,
    List<LetterView> letters,
    List<ChannelMonthView> months,
    String queryUrl,
    Pagination pagination) {}
