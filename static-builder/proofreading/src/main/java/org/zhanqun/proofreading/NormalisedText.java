package org.zhanqun.proofreading;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text as the matcher reads it, with the way back to the text as written: NFKC (full-width forms
 * to half-width, compatibility characters to their plain form), Latin letters in lower case, and
 * without whitespace, zero-width characters, inline Markdown markers ({@code * _ ~ `}) and HTML
 * tags, so that a phrase split by a line break or by {@code **bold**} reads as one. Normalised
 * character {@code i} comes from the written character {@code from[i]}.
 */
final class NormalisedText {

  private static final int MAX_TAG = 256;

  /** NFKC of each BMP character that NFKC changes; filled on first use (races write the same). */
  private static final String[] NFKC = new String[65536];

  private static final String UNCHANGED = new String("");

  /** Exactly the normalised characters. */
  final char[] chars;

  /** The written index of each normalised character (the array may be longer than the text). */
  private final int[] from;

  private NormalisedText(char[] chars, int[] from) {
    this.chars = chars;
    this.from = from;
  }

  int length() {
    return chars.length;
  }

  /** The written start of the normalised range {@code [begin, end)}. */
  int writtenStart(int begin) {
    return from[begin];
  }

  /**
   * The written end (exclusive) of the normalised range {@code [begin, end)}: each normalised
   * character comes from one written character (NFKC may make several of one).
   */
  int writtenEnd(int end) {
    return from[end - 1] + 1;
  }

  static NormalisedText of(String text) {
    int n = text.length();
    char[] chars = new char[n + 8];
    int[] from = new int[n + 8];
    int length = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= 0x4E00 && c <= 0x9FFF) { // CJK ideographs, most of the text: kept as they are
        if (length == chars.length) {
          chars = Arrays.copyOf(chars, length * 2);
          from = Arrays.copyOf(from, length * 2);
        }
        chars[length] = c;
        from[length++] = i++;
        continue;
      }
      if (c < 0x80 || Character.isSurrogate(c)) {
        if (c == '<') {
          int end = tagEnd(text, i);
          if (end > 0) {
            i = end;
            continue;
          }
        }
        if (isDropped(c)) {
          i++;
          continue;
        }
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        }
        if (length == chars.length) {
          chars = Arrays.copyOf(chars, length * 2);
          from = Arrays.copyOf(from, length * 2);
        }
        chars[length] = c;
        from[length++] = i++;
        continue;
      }
      if (isDropped(c)) {
        i++;
        continue;
      }
      String mapped = nfkc(c);
      if (mapped == UNCHANGED) {
        mapped = null;
      }
      int count = mapped == null ? 1 : mapped.length();
      if (length + count > chars.length) {
        int size = Math.max(chars.length * 2, length + count);
        chars = Arrays.copyOf(chars, size);
        from = Arrays.copyOf(from, size);
      }
      for (int k = 0; k < count; k++) {
        char m = mapped == null ? c : mapped.charAt(k);
        if (isDropped(m)) {
          continue;
        }
        if (m >= 'A' && m <= 'Z') {
          m = (char) (m + ('a' - 'A'));
        }
        chars[length] = m;
        from[length] = i;
        length++;
      }
      i++;
    }
    return new NormalisedText(Arrays.copyOf(chars, length), from);
  }

  /** A dictionary entry as the matcher compares it. */
  static String key(String entry) {
    return new String(of(entry).chars);
  }

  private static String nfkc(char c) {
    String mapped = NFKC[c];
    if (mapped == null) {
      String single = String.valueOf(c);
      String normalised = Normalizer.normalize(single, Normalizer.Form.NFKC);
      mapped = normalised.equals(single) ? UNCHANGED : normalised;
      NFKC[c] = mapped;
    }
    return mapped;
  }

  /** Whitespace, zero-width characters and inline Markdown markers. */
  static boolean isDropped(char c) {
    switch (c) {
      case ' ', '\t', '\n', '\r', '\f', '\u000B', '*', '_', '~', '`':
      case '\u00A0', '\u00AD', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000':
      case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
        return true;
      default:
        return c >= '\u2000' && c <= '\u200A';
    }
  }

  /**
   * The end (exclusive) of an HTML tag starting at {@code start} ({@code <b>}, {@code </span>},
   * {@code <a href="...">}, {@code <!-- -->} on one stretch), or -1 when the {@code <} starts none.
   */
  static int tagEnd(String text, int start) {
    int n = text.length();
    int i = start + 1;
    if (i < n && (text.charAt(i) == '/' || text.charAt(i) == '!')) {
      i++;
    }
    if (i >= n || !isAsciiLetter(text.charAt(i)) && text.charAt(i - 1) != '!') {
      return -1;
    }
    int limit = Math.min(n, start + MAX_TAG);
    for (int j = i; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '>') {
        return j + 1;
      }
      if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
