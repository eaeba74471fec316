package org.zhanqun.model.interaction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The citizen's rating of a reply (满意度评价), the three levels Chinese government sites use. */
public enum Rating {
  SATISFIED,
  BASICALLY_SATISFIED,
  UNSATISFIED;

  /** {@code satisfied}, {@code basically-satisfied}, {@code unsatisfied}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the rating counts towards the satisfaction rate (满意 and 基本满意 do). */
  public boolean satisfied() {
    return this != UNSATISFIED;
  }

  public static Optional<Rating> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
  }

  public static String codes() {
    return String.join(", ", Arrays.stream(values()).map(Rating::code).toList());
  }
}
