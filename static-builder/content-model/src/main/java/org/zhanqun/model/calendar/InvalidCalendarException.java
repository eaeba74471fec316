package org.zhanqun.model.calendar;

import java.util.List;
import java.util.stream.Collectors;
import org.zhanqun.model.yaml.ContentProblem;

/** A holiday calendar file that cannot be used, with every problem found, each on its line. */
public final class InvalidCalendarException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<ContentProblem> problems;

  public InvalidCalendarException(List<ContentProblem> problems) {
    super(problems.stream().map(ContentProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<ContentProblem> problems() {
    return problems;
  }
}
