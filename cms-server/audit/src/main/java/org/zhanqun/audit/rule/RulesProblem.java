package org.zhanqun.audit.rule;

/**
 * One thing wrong with a rules file.
 *
 * @param file as given to the reader
 * @param line 1-based; 0 when the problem concerns the whole file
 * @param reason names the key and what is expected
 */
public record RulesProblem(String file, int line, String reason) {

  /** {@code file:line: reason}, as compilers print it. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
  }
}
