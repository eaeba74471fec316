package org.zhanqun.model.item;

import java.util.List;

/**
 * A policy document's disclosure metadata as text: what the API receives and answers, what the
 * server's revisions store and what pages show. Dates are ISO {@code YYYY-MM-DD}, validity is its
 * code; the API parses it into a {@link PolicyPart} field by field, so that a bad value is reported
 * with its field.
 *
 * @param indexNo 索引号, unique in the cluster
 * @param issuer 发文机关
 * @param docNo 文号, when the document has one
 * @param writtenOn 成文日期
 * @param subject 主题分类
 * @param keywords 主题词, never null
 * @param validity valid, amended, repealed or expired
 * @param validUntil when it stops being in force, if known
 */
public record PolicyText(
    String indexNo,
    String issuer,
    String docNo,
    String writtenOn,
    String subject,
    List<String> keywords,
    String validity,
    String validUntil) {

  public PolicyText {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }

  /** {@code policy} as text. */
  public static PolicyText of(PolicyPart policy) {
    return new PolicyText(
        policy.indexNo().value(),
        policy.issuer(),
        policy.docNo() == null ? null : policy.docNo().value(),
        policy.writtenOn() == null ? null : policy.writtenOn().toString(),
        policy.subject(),
        policy.keywords(),
        policy.validity().code(),
        policy.validUntil() == null ? null : policy.validUntil().toString());
  }
}
