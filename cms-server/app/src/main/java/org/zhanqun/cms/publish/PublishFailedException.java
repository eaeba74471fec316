package org.zhanqun.cms.publish;

/** A publish run failed; carries the run to record in the publish log. */
public class PublishFailedException extends RuntimeException {

  private final transient PublishRun run;

  PublishFailedException(PublishRun run, Throwable cause) {
    super("publish run failed: " + cause.getMessage(), cause);
    this.run = run;
  }

  PublishRun run() {
    return run;
  }
}
