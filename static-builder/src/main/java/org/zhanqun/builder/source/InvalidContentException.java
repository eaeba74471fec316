package org.zhanqun.builder.source;

import java.util.List;
import org.zhanqun.model.yaml.ContentProblem;

/** The content folder has problems; nothing may be published from it. */
public class InvalidContentException extends Exception {

  private final transient List<ContentProblem> problems;

  public InvalidContentException(List<ContentProblem> problems) {
    super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the content");
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, sorted by file and line; never empty. */
  public List<ContentProblem> problems() {
    return problems;
  }
}
