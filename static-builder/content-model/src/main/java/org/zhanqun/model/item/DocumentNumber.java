package org.zhanqun.model.item;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhanqun.model.Parsed;

/**
 * 文号: the issuing number of an official document. Two national shapes: the issuer's code, the year
 * in hexagonal brackets 〔〕 and a serial ending in 号 ({@code 长府发〔2024〕3号}); and the number of a
 * government order ({@code 长春市人民政府令第98号}). Look-alike brackets around the year ({@code [2024]},
 * {@code 【2024】}, {@code (2024)}, {@code （2024）}, {@code ﹝2024﹞}, {@code ［2024］}) are normalised to
 * 〔〕, as GB/T 9704 prescribes, so {@link #value()} is always canonical.
 */
public record DocumentNumber(String value) {

  private static final Pattern YEARLY =
      Pattern.compile("(\\p{IsHan}[\\p{IsHan}A-Za-z0-9]{0,19})〔((19|20)[0-9]{2})〕([0-9]{1,5})号");
  private static final Pattern ORDER = Pattern.compile("\\p{IsHan}{1,30}令第[0-9]{1,5}号");
  private static final Pattern LOOK_ALIKE_YEAR =
      Pattern.compile("\\[(\\d{4})\\]|【(\\d{4})】|\\((\\d{4})\\)|（(\\d{4})）|﹝(\\d{4})﹞|［(\\d{4})］");

  /**
   * @throws IllegalArgumentException with {@link #parse}'s reason when {@code value} is not a 文号
   */
  public DocumentNumber {
    String canonical = canonical(value);
    if (canonical == null) {
      throw new IllegalArgumentException(reason(value));
    }
    value = canonical;
  }

  /** The 文号 {@code text} gives, brackets normalised, or why it is not one. */
  public static Parsed<DocumentNumber> parse(String text) {
    return canonical(text) != null
        ? Parsed.of(new DocumentNumber(text))
        : Parsed.refused(reason(text));
  }

  private static String canonical(String text) {
    if (text == null) {
      return null;
    }
    String normalised =
        LOOK_ALIKE_YEAR
            .matcher(text.strip())
            .replaceAll(
                match -> {
                  for (int group = 1; group <= match.groupCount(); group++) {
                    if (match.group(group) != null) {
                      return "〔" + match.group(group) + "〕";
                    }
                  }
                  return match.group();
                });
    return YEARLY.matcher(normalised).matches() || ORDER.matcher(normalised).matches()
        ? normalised
        : null;
  }

  private static String reason(String text) {
    return "'"
        + (text == null ? "" : text.strip())
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

  @Override
  public String toString() {
    return value;
  }
}
