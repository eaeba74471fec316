package org.zhanqun.proofreading;

import java.util.List;
import org.zhanqun.model.yaml.ContentProblem;

/** A dictionary the proofreader cannot start with; every problem names its file and line. */
public final class DictionaryException extends Exception {

  private final transient List<ContentProblem> problems;

  public DictionaryException(List<ContentProblem> problems) {
    super(
        "the proofreading dictionary is unusable: "
            + String.join("; ", problems.stream().map(ContentProblem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  /** Each as {@code file:line: reason}. */
  public List<ContentProblem> problems() {
    return problems;
  }
}
