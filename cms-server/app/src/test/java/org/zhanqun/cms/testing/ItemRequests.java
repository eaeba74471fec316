package org.zhanqun.cms.testing;

import static org.zhanqun.cms.testing.JsonBody.object;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * Request bodies for {@code POST /items} of each content type, complete and valid unless a test
 * changes them with {@link JsonBody#with}, and {@link #changeOf} for a {@code PUT}.
 */
public final class ItemRequests {

  /** The members of an item request, everything else of an item view is the server's. */
  private static final List<String> REQUEST_MEMBERS =
      List.of(
          "site",
          "column",
          "type",
          "language",
          "translationKey",
          "slug",
          "title",
          "summary",
          "body",
          "source",
          "tags",
          "policy",
          "guide",
          "version");

  private ItemRequests() {}

  /** A news article in Chinese with a unique slug. */
  public static JsonObject news(String site, long column, String title) {
    return object(
        "site",
        site,
        "column",
        column,
        "type",
        "news",
        "language",
        "zh-CN",
        "slug",
        Unique.slug("news"),
        "title",
        title,
        "summary",
        "摘要：" + title,
        "body",
        "## " + title + "\n\n正文第一段。");
  }

  /** A policy document with complete disclosure metadata and the 索引号 {@code indexNo}. */
  public static JsonObject policy(String site, long column, String title, String indexNo) {
    return object(
        "site",
        site,
        "column",
        column,
        "type",
        "policy",
        "language",
        "zh-CN",
        "slug",
        Unique.slug("policy"),
        "title",
        title,
        "body",
        "第一条　为了规范管理，制定本办法。",
        "policy",
        policyMetadata(indexNo));
  }

  /** Complete 政策文件 metadata: 索引号, 发文机关, 文号, 成文日期, 主题分类, 主题词, 有效性. */
  public static JsonObject policyMetadata(String indexNo) {
    return object(
        "indexNo",
        indexNo,
        "issuer",
        "长春市发展和改革委员会",
        "docNo",
        "长发改发〔2024〕12号",
        "writtenOn",
        "2024-03-15",
        "subject",
        "综合政务",
        "keywords",
        List.of("发展改革", "营商环境"),
        "validity",
        "valid",
        "validUntil",
        "2029-03-14");
  }

  /** An interpretation (政策解读) of the policies {@code policyIds}. */
  public static JsonObject interpretation(
      String site, long column, String title, long... policyIds) {
    return object(
        "site",
        site,
        "column",
        column,
        "type",
        "interpretation",
        "language",
        "zh-CN",
        "slug",
        Unique.slug("interpretation"),
        "title",
        title,
        "body",
        "一、出台背景",
        "interpretation",
        object("interprets", JsonBody.array(boxed(policyIds)), "form", "text"));
  }

  /** A service guide (办事指南) with the given elements. */
  public static JsonObject guide(String site, long column, String title, JsonObject elements) {
    return object(
        "site",
        site,
        "column",
        column,
        "type",
        "guide",
        "language",
        "zh-CN",
        "slug",
        Unique.slug("guide"),
        "title",
        title,
        "guide",
        elements);
  }

  /** A downloadable form (表格下载) offering the uploaded file {@code fileId}. */
  public static JsonObject form(String site, long column, String title, long fileId) {
    return object(
        "site",
        site,
        "column",
        column,
        "type",
        "form",
        "language",
        "zh-CN",
        "slug",
        Unique.slug("form"),
        "title",
        title,
        "form",
        object("fileId", fileId));
  }

  /** A standing page such as 机构概况. */
  public static JsonObject page(String site, long column, String title) {
    return object(
        "site",
        site,
        "column",
        column,
        "type",
        "page",
        "language",
        "zh-CN",
        "slug",
        Unique.slug("page"),
        "title",
        title,
        "body",
        "机构职能。");
  }

  /**
   * The request that saves {@code item} (an item view as read) unchanged, carrying its version;
   * change members with {@link JsonBody#with}.
   */
  public static JsonObject changeOf(JsonObject item) {
    JsonObjectBuilder request = Json.createObjectBuilder();
    for (String member : REQUEST_MEMBERS) {
      JsonValue value = item.get(member);
      if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
        request.add(member, value);
      }
    }
    if ("interpretation".equals(item.getString("type"))) {
      request.add(
          "interpretation",
          object(
              "interprets",
              item.getJsonArray("interprets").getValuesAs(JsonObject.class).stream()
                  .map(ref -> ref.getJsonNumber("id").longValue())
                  .toList(),
              "form",
              item.getString("interpretationForm")));
    }
    if ("form".equals(item.getString("type"))) {
      request.add("form", object("fileId", item.getJsonObject("file").getJsonNumber("id")));
    }
    return request.build();
  }

  private static Object[] boxed(long[] values) {
    Object[] boxed = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }
}
