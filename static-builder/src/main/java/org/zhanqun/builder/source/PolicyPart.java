package org.zhanqun.builder.source;

import java.time.LocalDate;
import java.util.List;

/**
 * A policy document's disclosure metadata (政府信息公开).
 *
 * @param indexNo 索引号, unique in the cluster
 * @param issuer 发文机关
 * @param docNo 文号, normalised to 〔〕 brackets; null when the document has none
 * @param writtenOn 成文日期
 * @param subject 主题分类, may be null
 * @param keywords 主题词, never null
 * @param validity {@code valid}, {@code amended}, {@code repealed} or {@code expired}
 * @param validUntil may be null
 */
public record PolicyPart(
    String indexNo,
    String issuer,
    String docNo,
    LocalDate writtenOn,
    String subject,
    List<String> keywords,
    String validity,
    LocalDate validUntil) {

  public PolicyPart {
    keywords = List.copyOf(keywords);
  }
}
