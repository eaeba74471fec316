package org.zhanqun.cms.proofreading;

import org.zhanqun.cms.infrastructure.error.InvalidInputException;

/**
 * Why blocking proofreading findings may pass, as the workflow trail records it: trimmed, {@value
 * #MIN} to {@value #MAX} characters, so that a reason in the trail always says something.
 */
public record OverrideReason(String text) {

  public static final int MIN = 10;
  public static final int MAX = 2000;

  public OverrideReason {
    if (text == null || text.strip().length() < MIN || text.strip().length() > MAX) {
      throw new IllegalArgumentException(
          "an override reason has " + MIN + " to " + MAX + " characters");
    }
    text = text.strip();
  }

  /**
   * The reason a request sent as {@code overrideReason}, or null when it sent none.
   *
   * @throws InvalidInputException on {@code overrideReason} when it is too short or too long
   */
  public static OverrideReason fromRequest(String sent) {
    if (sent == null) {
      return null;
    }
    int length = sent.strip().length();
    if (length < MIN || length > MAX) {
      throw new InvalidInputException(
          "overrideReason",
          "must be "
              + MIN
              + " to "
              + MAX
              + " characters (without surrounding spaces), saying why the findings may pass; it"
              + " has "
              + length);
    }
    return new OverrideReason(sent);
  }
}
