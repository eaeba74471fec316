package org.zhanqun.audit.check;

import java.time.Period;
import org.zhanqun.audit.rule.Text;

/** How evidence writes periods and counts in Chinese and English. */
final class Wording {

  private Wording() {}

  /**
   * {@code 14 days} / {@code 14 天}, {@code 6 months} / {@code 6 个月}, {@code 1 year} / {@code 1 年}.
   */
  static Text period(Period period) {
    StringBuilder en = new StringBuilder();
    StringBuilder zh = new StringBuilder();
    append(en, zh, period.getYears(), "year", "年");
    append(en, zh, period.getMonths(), "month", "个月");
    append(en, zh, period.getDays(), "day", "天");
    return new Text(zh.toString(), en.toString());
  }

  private static void append(
      StringBuilder en, StringBuilder zh, int amount, String unit, String zhUnit) {
    if (amount == 0) {
      return;
    }
    if (en.length() > 0) {
      en.append(' ');
    }
    if (zh.length() > 0) {
      zh.append(' ');
    }
    en.append(amount).append(' ').append(unit).append(amount == 1 ? "" : "s");
    zh.append(amount).append(' ').append(zhUnit);
  }

  static String plural(long count, String singular) {
    return count + " " + singular + (count == 1 ? "" : "s");
  }
}
