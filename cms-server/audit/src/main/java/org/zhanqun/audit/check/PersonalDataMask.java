package org.zhanqun.audit.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides personal data in what the audit reports: a report must not republish the 居民身份证 number it
 * found. A number keeps its first and last digits only, as banks and the police print them: {@code
 * 220102199003071234} becomes {@code 2201**********1234}, a mobile number {@code 138****5678}.
 * Separators (spaces, hyphens) stay where they are.
 */
final class PersonalDataMask {

  /**
   * Runs of 11 or more digits, half- or full-width (an ID number may end in X), some maybe masked
   * already: mobile, ID and bank card numbers, which no context of a finding should show whole,
   * whatever the finding is about, and which are masked again the audit's way when the proofreader
   * masked them its own way (in a suggestion).
   */
  private static final Pattern LONG_NUMBER =
      Pattern.compile("(?<![\\p{Nd}*])[\\p{Nd}*]{11,}[XxＸｘ]?(?![\\p{Nd}*])");

  /**
   * Five or more digits where a context begins or ends: maybe the rest of a number the context cut
   * (the last digits of an ID number before the mobile number a finding is about).
   */
  private static final Pattern CUT_NUMBER = Pattern.compile("^\\p{Nd}{5,}|\\p{Nd}{5,}$");

  private PersonalDataMask() {}

  /** {@code number} with its middle digits (and a final X) replaced by {@code *}. */
  static String mask(String number) {
    int digits = 0;
    for (int i = 0; i < number.length(); i++) {
      if (secret(number.charAt(i))) {
        digits++;
      }
    }
    int keepStart = digits >= 15 ? 4 : digits >= 11 ? 3 : digits >= 7 ? 2 : 0;
    int keepEnd = digits >= 11 ? 4 : digits >= 7 ? 2 : 0;
    StringBuilder masked = new StringBuilder(number.length());
    int seen = 0;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (!secret(c)) {
        masked.append(c);
        continue;
      }
      boolean shown = seen < keepStart || seen >= digits - keepEnd;
      masked.append(shown && Character.isDigit(c) ? c : '*');
      seen++;
    }
    return masked.toString();
  }

  /**
   * {@code text} (a context, a title) without personal data: {@code matched}, the number a finding
   * is about, masked wherever it occurs (and each line of it, when it ran across a line break,
   * hidden whole), then every other long number masked too.
   */
  static String hide(String text, String matched) {
    String hidden = text;
    if (matched != null && !matched.isBlank()) {
      hidden = hidden.replace(matched, mask(matched));
      for (String part : matched.split("\\R")) {
        if (!part.equals(matched) && part.chars().filter(Character::isDigit).count() >= 4) {
          hidden = hidden.replace(part, part.replaceAll("[\\p{Nd}XxＸｘ]", "*"));
        }
      }
    }
    return hideLongNumbers(hidden);
  }

  /** {@code text} with every run of 11 or more digits masked. */
  static String hideLongNumbers(String text) {
    Matcher m = LONG_NUMBER.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(mask(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A finding's {@code context}, a stretch of one line that may cut numbers at its ends: every long
   * number masked, and the digits of a cut one at either end hidden whole.
   */
  static String hideContext(String context, String matched) {
    String hidden = matched == null ? hideLongNumbers(context) : hide(context, matched);
    Matcher m = CUT_NUMBER.matcher(hidden);
    StringBuilder out = new StringBuilder(hidden.length());
    while (m.find()) {
      m.appendReplacement(out, "*".repeat(m.group().length()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static boolean secret(char c) {
    return Character.isDigit(c) || c == '*' || c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ';
  }
}
