package org.zhanqun.cms.content.policy;

import java.util.List;

/**
 * The government-information-disclosure metadata of a policy document, as sent and stored. Dates
 * are ISO {@code YYYY-MM-DD} text, checked by the content service so that a bad one is reported
 * with its field.
 *
 * @param indexNo 索引号, unique in the cluster
 * @param issuer 发文机关
 * @param docNo 文号, when the document has one
 * @param writtenOn 成文日期
 * @param subject 主题分类
 * @param keywords 主题词
 * @param validity valid, amended, repealed or expired
 * @param validUntil when it stops being in force, if known
 */
public record PolicyMetadata(
    String indexNo,
    String issuer,
    String docNo,
    String writtenOn,
    String subject,
    List<String> keywords,
    String validity,
    String validUntil) {}
