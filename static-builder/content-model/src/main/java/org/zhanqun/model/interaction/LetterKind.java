package org.zhanqun.model.interaction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a citizen's letter is: a question (咨询), a complaint (投诉) or a suggestion (建议). */
public enum LetterKind {
  CONSULTATION,
  COMPLAINT,
  SUGGESTION;

  /** The code in files and the API: {@code consultation}, {@code complaint}, {@code suggestion}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<LetterKind> ofCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
  }

  /** The codes, for messages that name what is allowed. */
  public static String codes() {
    return String.join(", ", Arrays.stream(values()).map(LetterKind::code).toList());
  }
}
