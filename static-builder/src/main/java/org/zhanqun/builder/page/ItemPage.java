package org.zhanqun.builder.page;

import java.util.List;
import org.zhanqun.model.item.PolicyText;

/**
 * One item's page in one language. Only the part of the item's type is non-null.
 *
 * @param type {@code news}, {@code policy}, {@code interpretation}, {@code guide}, {@code form},
 *     {@code page}
 * @param published {@code yyyy-MM-dd HH:mm} in the cluster's time zone
 * @param updated the same format; null when never updated
 * @param bodyHtml sanitised HTML; empty when there is no body
 * @param summary may be empty, never null
 * @param source 来源, null when not given
 * @param tags never null
 * @param columnName the column the item is in
 * @param interpretations for a policy: its interpretations in this language or the site's source
 *     language; never null
 * @param interprets for an interpretation: the policies it explains; never null
 * @param interpretationForm for an interpretation: {@code text}, {@code graphic}, {@code video},
 *     {@code qa}
 * @param file for a form: the file
 * @param usedBy for a form: the guides that offer it; never null
 */
public record ItemPage(
    PageContext context,
    String type,
    String title,
    String published,
    String updated,
    String summary,
    String source,
    List<String> tags,
    String bodyHtml,
    String columnName,
    PolicyText policy,
    List<ItemSummary> interpretations,
    List<ItemSummary> interprets,
    String interpretationForm,
    GuideView guide,
    FileView file,
    List<ItemSummary> usedBy) {}
