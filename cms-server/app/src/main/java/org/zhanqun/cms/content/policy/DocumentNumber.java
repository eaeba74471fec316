package org.zhanqun.cms.content.policy;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文号: the issuing number of an official document. Two national shapes: the issuer's code, the year
 * in hexagonal brackets 〔〕 and a serial ending in 号 ({@code 长府发〔2024〕3号}); and the number of a
 * government order ({@code 长春市人民政府令第98号}). Common look-alike brackets ({@code [2024]}, {@code
 * 【2024】}, {@code (2024)}, {@code （2024）}, {@code ﹝2024﹞}, {@code ［2024］}) are normalised to 〔〕, as
 * the national standard GB/T 9704 prescribes.
 */
public record DocumentNumber(String value) {

  private static final Pattern YEARLY =
      Pattern.compile("(\\p{IsHan}[\\p{IsHan}A-Za-z0-9]{0,19})〔((19|20)[0-9]{2})〕([0-9]{1,5})号");
  private static final Pattern ORDER = Pattern.compile("\\p{IsHan}{1,30}令第[0-9]{1,5}号");

  public DocumentNumber {
    String normalised = normalise(value);
    if (!matches(normalised)) {
      throw new IllegalArgumentException(reason(value));
    }
    value = normalised;
  }

  public static boolean isValid(String value) {
    return matches(normalise(value));
  }

  public static String reason(String value) {
    return "'"
        + value
        + "' is not a 文号: issuer code, year in 〔〕 and serial (e.g. 长府发〔2024〕3号), or an order"
        + " number (e.g. 长春市人民政府令第98号)";
  }

  /** The year in the brackets; empty for an order number, which has none. */
  public OptionalInt year() {
    Matcher matcher = YEARLY.matcher(value);
    return matcher.matches()
        ? OptionalInt.of(Integer.parseInt(matcher.group(2)))
        : OptionalInt.empty();
  }

  private static boolean matches(String normalised) {
    return normalised != null
        && (YEARLY.matcher(normalised).matches() || ORDER.matcher(normalised).matches());
  }

  private static String normalise(String value) {
    if (value == null) {
      return null;
    }
    return value.strip().replaceAll("[\\[【(（〔﹝［]((19|20)[0-9]{2})[\\]】)）〕﹞］]", "〔$1〕");
  }

  @Override
  public String toString() {
    return value;
  }
}
