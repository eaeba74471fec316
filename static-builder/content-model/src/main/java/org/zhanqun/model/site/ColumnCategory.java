package org.zhanqun.model.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A column's (栏目) audit category (docs/content-format.md). What a category demands — its update
 * limit, whether it must not be empty, whether it is left out of update checks — is data: the
 * audit's rules file ({@code categories}), never this type.
 */
public enum ColumnCategory {
  /** 动态、要闻. */
  DYNAMIC,
  /** 通知公告、公示. */
  NOTICE,
  /** 政策文件. */
  POLICY,
  /** 政策解读. */
  INTERPRETATION,
  /** 人事信息. */
  PERSONNEL,
  /** 规划计划、统计信息. */
  PLANNING,
  /** 办事指南. */
  GUIDE,
  /** 表格下载. */
  FORMS,
  /** 领导信箱、网上留言. */
  INTERACTION,
  /** 机构概况. */
  STATIC,
  /** 专题. */
  SPECIAL;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ColumnCategory> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
  }

  /** Every code, for a message. */
  public static String codes() {
    return Arrays.stream(values()).map(ColumnCategory::code).collect(Collectors.joining(", "));
  }
}
