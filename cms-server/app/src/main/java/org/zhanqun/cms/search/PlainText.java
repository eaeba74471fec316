package org.zhanqun.cms.search;

import java.util.regex.Pattern;

/**
 * Markdown reduced to the words a reader sees, for the index and its snippets: no markup, no link
 * targets, no HTML tags; paragraphs and lines become single spaces. A pure function.
 */
final class PlainText {

  private static final Pattern HTML_TAG = Pattern.compile("<[^>]{0,500}>");
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern LINE_MARKUP =
      Pattern.compile(
          "(?m)^\\s{0,3}(?:#{1,6}\\s*|>\\s?|[-*+]\\s+|\\d+[.)]\\s+|\\|?\\s*:?-{3,}.*$)");
  private static final Pattern INLINE_MARKUP = Pattern.compile("[*_`~|]+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private PlainText() {}

  static String of(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    String text = IMAGE.matcher(markdown).replaceAll("$1");
    text = LINK.matcher(text).replaceAll("$1");
    text = HTML_TAG.matcher(text).replaceAll(" ");
    text = LINE_MARKUP.matcher(text).replaceAll("");
    text = INLINE_MARKUP.matcher(text).replaceAll(" ");
    return SPACE.matcher(text).replaceAll(" ").strip();
  }
}
