package org.zhanqun.builder.source;

import java.util.List;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.yaml.ContentProblem;

/** The content folder has problems; nothing may be published from it. */
public class InvalidContentException extends Exception {

  private final transient List<ContentProblem> problems;
  private final transient List<Item> readable;

  public InvalidContentException(List<ContentProblem> problems) {
    this(problems, List.of());
  }

  /**
   * @param readable the items whose own file could be read, for what may look at them one by one
   *     (the proofreader); they may still fail the checks across items
   */
  public InvalidContentException(List<ContentProblem> problems, List<Item> readable) {
    super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the content");
    this.problems = List.copyOf(problems);
    this.readable = List.copyOf(readable);
  }

  /** Every problem found, sorted by file and line; never empty. */
  public List<ContentProblem> problems() {
    return problems;
  }

  /** The items whose file could be read on its own, sorted by file; drafts included. */
  public List<Item> readable() {
    return readable;
  }
}
