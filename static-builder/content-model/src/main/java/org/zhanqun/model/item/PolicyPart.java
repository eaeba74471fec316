package org.zhanqun.model.item;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.zhanqun.model.site.ContentType;

/**
 * A policy document's disclosure metadata (政府信息公开). It belongs to the document, so all language
 * versions of one policy carry the same 索引号.
 *
 * @param indexNo 索引号, unique in the cluster
 * @param issuer 发文机关
 * @param docNo 文号, canonical; null when the document has none
 * @param writtenOn 成文日期
 * @param subject 主题分类, may be null
 * @param keywords 主题词, never null, at most {@link ItemLimits#KEYWORDS}
 * @param validity never null
 * @param validUntil may be null
 */
public record PolicyPart(
    IndexNumber indexNo,
    String issuer,
    DocumentNumber docNo,
    LocalDate writtenOn,
    String subject,
    List<String> keywords,
    Validity validity,
    LocalDate validUntil)
    implements ItemPart {

  public PolicyPart {
    Objects.requireNonNull(indexNo, "indexNo");
    Objects.requireNonNull(validity, "validity");
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }

  @Override
  public ContentType type() {
    return ContentType.POLICY;
  }
}
