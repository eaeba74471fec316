package org.zhanqun.builder.source;

import java.util.Optional;
import org.zhanqun.model.yaml.Problems;

/**
 * An item file split into its YAML front matter and its Markdown body.
 *
 * @param yaml the text between the two {@code ---} lines
 * @param yamlFirstLine the file's line on which {@code yaml} starts (2)
 * @param body everything after the closing {@code ---} line
 */
record FrontMatter(String yaml, int yamlFirstLine, String body) {

  private static final String FENCE = "---";

  /**
   * Splits {@code text}: the file must start with a {@code ---} line and the front matter ends at
   * the next one (trailing spaces and {@code \r} are ignored on both). Reports a problem on line 1
   * when there is no front matter or it is not closed.
   */
  static Optional<FrontMatter> split(String text, Problems problems) {
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    int firstEnd = lineEnd(text, start);
    if (!isFence(text, start, firstEnd)) {
      problems.add(1, "no front matter: an item file starts with a '---' line");
      return Optional.empty();
    }
    int lineStart = next(text, firstEnd);
    while (lineStart < text.length()) {
      int end = lineEnd(text, lineStart);
      if (isFence(text, lineStart, end)) {
        String yaml = text.substring(next(text, firstEnd), lineStart);
        return Optional.of(new FrontMatter(yaml, 2, text.substring(next(text, end))));
      }
      lineStart = next(text, end);
    }
    problems.add(1, "the front matter is not closed: no '---' line after line 1");
    return Optional.empty();
  }

  /** The index of the line break ending the line at {@code from}, or the text's length. */
  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  private static int next(String text, int lineEnd) {
    return Math.min(lineEnd + 1, text.length());
  }

  private static boolean isFence(String text, int from, int to) {
    int end = to;
    while (end > from && (text.charAt(end - 1) == '\r' || text.charAt(end - 1) == ' ')) {
      end--;
    }
    return end - from == FENCE.length() && text.startsWith(FENCE, from);
  }
}
