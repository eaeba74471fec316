package org.zhanqun.cms.infrastructure.rest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile JSON values as text, drawn from a caller's seeded {@link Random} so that a run is
 * repeatable: the values that tripped binding before (wrong types, nulls, numbers of every size,
 * long strings with escapes, controls and lone surrogates, broken syntax), nested up to {@link
 * #MAX_DEPTH} arrays and objects deep.
 */
final class HostileJson {

  /** How deep {@link #anyValue} nests arrays and objects. */
  static final int MAX_DEPTH = 4;

  private static final List<String> FIXED =
      List.of(
          "null",
          "true",
          "false",
          "\"yes\"",
          "\"true\"",
          "\"1\"",
          "0",
          "-0",
          "1.5",
          "1.0",
          "1e2",
          "-1",
          "2147483648",
          "4294967297",
          "9223372036854775808",
          "1e999999999",
          "-1e-999999999",
          "\"\\ud800\"",
          "\"+10000-01-01\"",
          "\"EDITOR\"",
          "\"editor\"",
          "\"x\"",
          "[null]",
          "[1, null]",
          "{}",
          "[]",
          "{\"a\": null}");

  private static final String SYNTAX = "{}[],:\"\\";

  private static final String PUNCTUATION = "\"\\/'{}[]:,";

  private HostileJson() {}

  /** Any JSON value, well-formed or not: a scalar (3 in 5), an array (1) or an object (1). */
  static String anyValue(Random random) {
    return anyValue(random, MAX_DEPTH);
  }

  private static String anyValue(Random random, int depth) {
    int kind = depth == 0 ? 0 : random.nextInt(5);
    if (kind < 3) {
      return scalar(random);
    }
    if (kind == 3) {
      List<String> items = new ArrayList<>();
      for (int i = random.nextInt(5); i > 0; i--) {
        items.add(anyValue(random, depth - 1));
      }
      return "[" + String.join(",", items) + "]";
    }
    return "{" + quoted(string(random, 6)) + ":" + anyValue(random, depth - 1) + "}";
  }

  /**
   * A scalar, each kind equally often: a string (long, with escapes and surrogates), one of the
   * values that tripped binding before, a long, a big integer, a double, or 1 to 3 characters of
   * JSON syntax.
   */
  static String scalar(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> quoted(string(random, 20));
      case 1 -> FIXED.get(random.nextInt(FIXED.size()));
      case 2 -> String.valueOf(random.nextLong());
      case 3 -> bigInteger(random).toString();
      case 4 -> finiteDouble(random);
      default -> {
        StringBuilder syntax = new StringBuilder();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
          syntax.append(SYNTAX.charAt(random.nextInt(SYNTAX.length())));
        }
        yield syntax.toString();
      }
    };
  }

  /** Up to {@code maxLength} characters of any kind, control characters and lone surrogates too. */
  static String string(Random random, int maxLength) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
      text.append(anyChar(random));
    }
    return text.toString();
  }

  /** {@code text} as a JSON string literal, escaping quotes, backslashes and controls. */
  static String quoted(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  private static char anyChar(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> (char) (0x20 + random.nextInt(0x5F)); // printable ASCII
      case 1 -> (char) random.nextInt(0x20); // controls
      case 2 -> (char) (0x4E00 + random.nextInt(0x5200)); // CJK ideographs
      case 3 -> PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length()));
      case 4 -> (char) (0xD800 + random.nextInt(0x800)); // surrogates, mostly unpaired
      default -> (char) random.nextInt(0x10000);
    };
  }

  /** A whole number of 1 to 200 bits, either sign: beyond a long as often as within it. */
  private static BigInteger bigInteger(Random random) {
    BigInteger magnitude = new BigInteger(1 + random.nextInt(200), random);
    return random.nextBoolean() ? magnitude : magnitude.negate();
  }

  /** A finite double of any exponent, or a small one with a fraction; never NaN or infinity. */
  private static String finiteDouble(Random random) {
    double value =
        random.nextBoolean()
            ? Double.longBitsToDouble(random.nextLong())
            : random.nextGaussian() * Math.pow(10, random.nextInt(7));
    return Double.isFinite(value) ? String.valueOf(value) : "-0.0";
  }
}
