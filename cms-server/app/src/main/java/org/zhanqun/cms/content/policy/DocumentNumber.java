package org.zhanqun.cms.content.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文号: the issuing number of an official document — the issuer's code, the year in hexagonal
 * brackets 〔〕 and a serial ending in 号, e.g. {@code 长府发〔2024〕3号}. Common look-alike brackets
 * ({@code [2024]}, {@code 【2024】}, {@code (2024)}, {@code （2024）}, {@code 〔2024〕}) are normalised
 * to 〔〕, as the national standard GB/T 9704 prescribes.
 */
public record DocumentNumber(String value) {

  private static final Pattern SHAPE =
      Pattern.compile("(\\p{IsHan}[\\p{IsHan}A-Za-z0-9]{0,19})〔((19|20)[0-9]{2})〕([0-9]{1,5})号");

  public DocumentNumber {
    String normalised = normalise(value);
    if (normalised == null || !SHAPE.matcher(normalised).matches()) {
      throw new IllegalArgumentException(reason(value));
    }
    value = normalised;
  }

  public static boolean isValid(String value) {
    String normalised = normalise(value);
    return normalised != null && SHAPE.matcher(normalised).matches();
  }

  public static String reason(String value) {
    return "'" + value + "' is not a 文号: issuer code, year in 〔〕 and serial, e.g. 长府发〔2024〕3号";
  }

  /** The year in the brackets. */
  public int year() {
    Matcher matcher = SHAPE.matcher(value);
    if (!matcher.matches()) {
      throw new IllegalStateException("validated at construction: " + value);
    }
    return Integer.parseInt(matcher.group(2));
  }

  private static String normalise(String value) {
    if (value == null) {
      return null;
    }
    return value.strip().replaceAll("[\\[【(（〔]((19|20)[0-9]{2})[\\]】)）〕]", "〔$1〕");
  }

  @Override
  public String toString() {
    return value;
  }
}
