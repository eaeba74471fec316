package org.zhanqun.cms.infrastructure.rest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Hostile JSON values as text, for property tests of the strict reader. */
final class JsonTexts {

  private JsonTexts() {}

  /** Any JSON value, well-formed or not, of the kinds that tripped binding before. */
  static Arbitrary<String> anyValue() {
    return Arbitraries.lazyOf(
        () -> scalar(),
        () -> scalar(),
        () -> scalar(),
        () -> anyValue().list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]"),
        () ->
            Arbitraries.strings()
                .ofMaxLength(6)
                .flatMap(key -> anyValue().map(value -> "{" + quoted(key) + ":" + value + "}")));
  }

  /** A scalar: strings (long, with escapes and surrogates), numbers of every size, booleans. */
  static Arbitrary<String> scalar() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(20).map(JsonTexts::quoted),
        Arbitraries.of(
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
            "{\"a\": null}"),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.bigIntegers().map(String::valueOf),
        Arbitraries.doubles()
            .map(String::valueOf)
            .filter(text -> !text.contains("N") && !text.contains("I")),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(3).withChars("{}[],:\"\\"));
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
}
