package org.zhanqun.model.item;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.zhanqun.model.Parsed;

/** The form a policy interpretation (政策解读) takes: 文字, 图解, 视频 or 问答. */
public enum InterpretationForm {
  TEXT,
  GRAPHIC,
  VIDEO,
  QA;

  /** The code used in files and the API: {@code text} ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The form {@code code} names (surrounding spaces dropped), or why it names none. */
  public static Parsed<InterpretationForm> parse(String code) {
    String stripped = code == null ? "" : code.strip();
    return Arrays.stream(values())
        .filter(f -> f.code().equals(stripped))
        .findFirst()
        .map(Parsed::of)
        .orElseGet(() -> Parsed.refused("'" + stripped + "' is not one of " + codes()));
  }

  /** Every code, for a message. */
  public static String codes() {
    return Arrays.stream(values()).map(InterpretationForm::code).collect(Collectors.joining(", "));
  }
}
