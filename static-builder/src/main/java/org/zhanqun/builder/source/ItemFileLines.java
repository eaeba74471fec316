package org.zhanqun.builder.source;

import java.util.List;
import java.util.Optional;
import org.zhanqun.model.yaml.Problems;

/**
 * Where an item's fields lie in its file, so that what is found in a field's text (a proofreading
 * finding) can be reported at a line of the file, as content problems are.
 */
public final class ItemFileLines {

  private final List<String> lines;
  private final int bodyFirstLine;
  private final int frontMatterEnd;

  private ItemFileLines(List<String> lines, int bodyFirstLine) {
    this.lines = lines;
    this.bodyFirstLine = bodyFirstLine;
    this.frontMatterEnd = bodyFirstLine == 0 ? lines.size() : bodyFirstLine - 1;
  }

  /** The lines of the item file whose text is {@code fileText}. */
  public static ItemFileLines of(String fileText) {
    Optional<FrontMatter> split = FrontMatter.split(fileText, new Problems(""));
    int bodyFirstLine =
        split
            .map(
                fm ->
                    fm.yamlFirstLine() + (int) fm.yaml().chars().filter(c -> c == '\n').count() + 1)
            .orElse(0);
    return new ItemFileLines(fileText.lines().toList(), bodyFirstLine);
  }

  /**
   * The file's line of line {@code line} (1-based) of {@code field}'s text, which reads {@code
   * text} there: in the body, counted from the body's first line; in the front matter, the first
   * line from the field's key on that holds the first line of {@code text}, else the line of the
   * key. 0 when not known.
   *
   * @param field as the proofreader names it: {@code body}, {@code title}, {@code tags[0]}, {@code
   *     policy.issuer}, ...
   */
  public int fileLine(String field, int line, String text) {
    if (field.equals("body")) {
      return bodyFirstLine == 0 ? 0 : bodyFirstLine + line - 1;
    }
    String key = field.split("[.\\[]", 2)[0] + ":";
    int keyLine = 0;
    for (int i = 0; i < frontMatterEnd && keyLine == 0; i++) {
      if (lines.get(i).startsWith(key)) {
        keyLine = i + 1;
      }
    }
    String firstLine = text.lines().findFirst().orElse("").strip();
    if (!firstLine.isEmpty()) {
      for (int i = Math.max(keyLine - 1, 0); i < frontMatterEnd; i++) {
        if (lines.get(i).contains(firstLine)) {
          return i + 1;
        }
      }
    }
    return keyLine;
  }
}
