package org.zhanqun.builder.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one file. Not thread-safe: each file read gets its own, and the reader
 * merges them afterwards.
 */
final class Problems {

  private final String file;
  private final List<ContentProblem> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void add(int line, String reason) {
    found.add(new ContentProblem(file, line, reason));
  }

  /** A problem of another file, found while reading this one (a folder, a referenced file). */
  void addFor(String otherFile, int line, String reason) {
    found.add(new ContentProblem(otherFile, line, reason));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<ContentProblem> list() {
    return found;
  }
}
