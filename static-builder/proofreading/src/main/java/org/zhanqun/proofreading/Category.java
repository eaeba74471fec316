package org.zhanqun.proofreading;

import java.util.Arrays;
import java.util.List;
import org.zhanqun.model.Parsed;

/** What kind of mistake a finding is. */
public enum Category {
  /** 严重表述错误: a wrong form of a fixed political or official expression, or a misspelt place name. */
  SERIOUS_ERROR("serious-error"),
  /** An official's name written wrong, or next to a title that is not theirs. */
  OFFICIAL_NAME("official-name"),
  /** A department's former name (after an institutional reform). */
  OUTDATED_NAME("outdated-name"),
  /** 密级标志: 绝密★, 机密★, 秘密★, 内部资料, 注意保密 and their variants. */
  CLASSIFIED_MARKING("classified-marking"),
  /** 居民身份证 numbers, mobile numbers and bank card numbers of people. */
  PERSONAL_DATA("personal-data"),
  /** A frequent wrong word (错别字) with its correction. */
  TYPO("typo");

  private final String code;

  Category(String code) {
    this.code = code;
  }

  /** The code in dictionaries, reports, the API and the audit's rules. */
  public String code() {
    return code;
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(Category::code).toList();
  }

  public static Parsed<Category> parse(String code) {
    for (Category category : values()) {
      if (category.code.equals(code)) {
        return Parsed.of(category);
      }
    }
    return Parsed.refused("is not a category: use one of " + String.join(", ", codes()));
  }
}
