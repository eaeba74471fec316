package org.zhanqun.audit.rule;

import java.util.List;

/** A rules file has problems; no audit may run with it. */
public class InvalidRulesException extends Exception {

  private final transient List<RulesProblem> problems;

  public InvalidRulesException(List<RulesProblem> problems) {
    super(
        problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " in the rules file"
            + (problems.isEmpty() ? "" : " " + problems.get(0).file()));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order of the file's lines; never empty. */
  public List<RulesProblem> problems() {
    return problems;
  }
}
