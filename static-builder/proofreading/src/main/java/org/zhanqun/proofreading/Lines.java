package org.zhanqun.proofreading;

/**
 * Places findings in the text as written: the 1-based line, the 0-based offset in it (UTF-16 code
 * units) and a short context on one line. Findings are placed in the order they occur, so the text
 * is walked once.
 */
final class Lines {

  /** Characters of context on each side of the match. */
  static final int CONTEXT = 12;

  private final String text;
  private int line = 1;
  private int lineStart;
  private int walked;

  Lines(String text) {
    this.text = text;
  }

  Finding finding(String field, Proofreader.Candidate candidate) {
    int start = candidate.start();
    int end = candidate.end();
    advanceTo(start);
    int from = Math.max(lineStart, start - CONTEXT);
    if (from > lineStart && Character.isLowSurrogate(text.charAt(from))) {
      from--;
    }
    int lineEnd = end;
    while (lineEnd < text.length()
        && text.charAt(lineEnd) != '\n'
        && text.charAt(lineEnd) != '\r') {
      lineEnd++;
    }
    int to = Math.min(lineEnd, end + CONTEXT);
    if (to < lineEnd && Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    String context =
        text.substring(from, to).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    return new Finding(
        candidate.category(),
        candidate.severity(),
        field,
        line,
        start - lineStart,
        text.substring(start, end),
        candidate.suggestion(),
        context);
  }

  private void advanceTo(int position) {
    for (int i = walked; i < position; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    walked = Math.max(walked, position);
  }
}
