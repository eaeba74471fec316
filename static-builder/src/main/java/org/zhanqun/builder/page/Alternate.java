package org.zhanqun.builder.page;

/**
 * A {@code <link rel="alternate" hreflang>} target.
 *
 * @param hreflang a BCP 47 tag, or {@code x-default}
 * @param url absolute
 */
public record Alternate(String hreflang, String url) {}
