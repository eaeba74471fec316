package org.zhanqun.cms.interaction.intake;

import java.util.Arrays;
import java.util.Locale;

/** The language of a form's HTML answer, from the form's {@code lang} field; zh-CN by default. */
public enum FormLanguage {
  ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
  EN("en", Locale.ENGLISH),
  RU("ru", Locale.forLanguageTag("ru"));

  private final String tag;
  private final Locale locale;

  FormLanguage(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /** The BCP 47 tag, for {@code <html lang>}. */
  public String tag() {
    return tag;
  }

  Locale locale() {
    return locale;
  }

  /** The language a form named; zh-CN for none or one the answers are not written in. */
  public static FormLanguage of(String tag) {
    return Arrays.stream(values())
        .filter(language -> language.tag.equalsIgnoreCase(tag == null ? "" : tag.strip()))
        .findFirst()
        .orElse(ZH_CN);
  }
}
