package org.zhanqun.proofreading;

/**
 * One text to check and the field it comes from.
 *
 * @param field as {@link Finding#field()} names it
 * @param text may hold Markdown; null or empty is checked as nothing
 */
public record FieldText(String field, String text) {}
