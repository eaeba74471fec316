package org.zhanqun.model.yaml;

/**
 * One thing wrong with the content.
 *
 * @param file relative to the content folder, with {@code /} separators
 * @param line 1-based; 0 when not known (a rule about the whole file, a missing file)
 * @param reason what is wrong and, where it helps, what is expected, naming the key
 */
public record ContentProblem(String file, int line, String reason) {

  /** {@code file:line: reason}, as compilers print it. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
  }
}
