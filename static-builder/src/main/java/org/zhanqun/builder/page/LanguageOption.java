package org.zhanqun.builder.page;

/**
 * One entry of the language switcher.
 *
 * @param language BCP 47 tag
 * @param label the language's name in itself (中文, English, Русский)
 * @param url the translation of this page when it exists, else that language's home page of the
 *     site; never a missing page
 * @param current this page's language
 * @param translation {@code url} is this page's translation rather than a home page
 */
public record LanguageOption(
    String language, String label, String url, boolean current, boolean translation) {}
