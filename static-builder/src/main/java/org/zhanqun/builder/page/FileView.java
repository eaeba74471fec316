package org.zhanqun.builder.page;

/**
 * A downloadable file.
 *
 * @param url root-relative
 * @param format {@code PDF}, {@code DOCX} ...
 * @param size human-readable, e.g. {@code 12.3 KB}
 * @param bytes exact size
 */
public record FileView(
    String name,
    String url,
    String format,
    String mediaType,
    String size,
    long bytes,
    String sha256) {}
