package org.zhanqun.builder.build;

import java.util.List;

/** The build found problems and published nothing; readers keep the previous version. */
public class BuildFailedException extends Exception {

  private final transient List<String> failures;

  public BuildFailedException(List<String> failures) {
    super(failures.size() + (failures.size() == 1 ? " failure" : " failures") + " in the build");
    this.failures = List.copyOf(failures);
  }

  /** Each failure with the file or setting it concerns and the reason; never empty. */
  public List<String> failures() {
    return failures;
  }
}
