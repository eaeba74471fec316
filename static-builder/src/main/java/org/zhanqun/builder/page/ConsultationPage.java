package org.zhanqun.builder.page;

/**
 * One consultation in one language: its text, the opinion form while it is open, its result.
 *
 * @param contentLanguage the language the consultation is written in (the site's source language)
 * @param state {@code upcoming}, {@code open} or {@code closed} on the build's day in the cluster's
 *     time zone
 * @param opens {@code yyyy-MM-dd}; likewise {@code closes} and {@code resultPublished}
 * @param textHtml the text, rendered from Markdown and sanitised
 * @param form where opinions are posted; null unless open
 * @param resultHtml the result (反馈), rendered from Markdown and sanitised; null until published
 * @param consultationsUrl the site's list of consultations
 */
public record ConsultationPage(
    PageContext context,
    String contentLanguage,
    String state,
    String opens,
    String closes,
    int opinions,
    String textHtml,
    InteractionForm form,
    String resultHtml,
    String resultPublished,
    String consultationsUrl) {}
