package org.zhanqun.cms.site;

import java.time.Period;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The audit category of a column (栏目), which sets how often it must be updated. The limits are the
 * national inspection defaults; the audit's rules file may set others (a per-column override is
 * planned with the audit, issue #6).
 */
public enum ColumnCategory {
  /** 动态、要闻: 14 days. */
  DYNAMIC(Period.ofDays(14)),
  /** 通知公告、公示: 6 months. */
  NOTICE(Period.ofMonths(6)),
  /** 政策文件: 6 months. */
  POLICY(Period.ofMonths(6)),
  /** 政策解读: 6 months. */
  INTERPRETATION(Period.ofMonths(6)),
  /** 人事信息: 1 year. */
  PERSONNEL(Period.ofYears(1)),
  /** 规划计划、统计信息: 1 year. */
  PLANNING(Period.ofYears(1)),
  /** 办事指南: must not be empty, no update limit. */
  GUIDE(null),
  /** 表格下载: must not be empty, no update limit. */
  FORMS(null),
  /** 领导信箱、网上留言: replies in time, no update limit. */
  INTERACTION(null),
  /** 机构概况: must not be empty, no update limit. */
  STATIC(null),
  /** 专题: excluded from update checks. */
  SPECIAL(null);

  private final Period defaultLimit;

  ColumnCategory(Period defaultLimit) {
    this.defaultLimit = defaultLimit;
  }

  /** The national default update limit, empty for categories without one. */
  public Optional<Period> defaultLimit() {
    return Optional.ofNullable(defaultLimit);
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ColumnCategory> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
  }

  public static String codes() {
    return Arrays.stream(values()).map(ColumnCategory::code).collect(Collectors.joining(", "));
  }
}
