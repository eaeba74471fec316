package org.zhanqun.builder.page;

/**
 * A link whose text may be in another language than the page's (a channel named only in Chinese on
 * an English page).
 *
 * @param language the text's language when it is not the page's, for a {@code lang} attribute; null
 *     when it is the page's
 */
public record LanguageLink(String text, String url, String language) {}
