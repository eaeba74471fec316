package org.zhanqun.model.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one file. Not thread-safe: each file read gets its own, and the reader
 * merges them afterwards.
 */
public final class Problems {

  private final String file;
  private final List<ContentProblem> found = new ArrayList<>();

  public Problems(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  public void add(int line, String reason) {
    found.add(new ContentProblem(file, line, reason));
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  public List<ContentProblem> list() {
    return found;
  }
}
