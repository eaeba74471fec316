package org.zhanqun.builder.page;

import java.util.List;

/**
 * A policy's disclosure metadata, ready to show.
 *
 * @param docNo null when the document has none
 * @param writtenOn {@code yyyy-MM-dd}
 * @param validity the code: {@code valid}, {@code amended}, {@code repealed}, {@code expired}
 * @param validUntil {@code yyyy-MM-dd} or null
 * @param keywords never null
 * @param subject null when not given
 */
public record PolicyView(
    String indexNo,
    String issuer,
    String docNo,
    String writtenOn,
    String subject,
    List<String> keywords,
    String validity,
    String validUntil) {}
