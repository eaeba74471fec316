package org.zhanqun.cms.interaction;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a letter stands. Its order: received → accepted (受理; assigned, drafted, sent back) →
 * in-review (the draft reply waits for a reviewer) → replied (答复: the citizen reads the reply;
 * published and rated happen here) → closed (办结); or received/accepted → rejected (invalid, with a
 * reason the citizen reads).
 */
public enum LetterStatus {
  RECEIVED("received"),
  ACCEPTED("accepted"),
  IN_REVIEW("in-review"),
  REPLIED("replied"),
  CLOSED("closed"),
  REJECTED("rejected");

  private final String code;

  LetterStatus(String code) {
    this.code = code;
  }

  /** The code on the wire and in the database. */
  public String code() {
    return code;
  }

  public static Optional<LetterStatus> ofCode(String code) {
    return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
  }

  /** Whether the letter still waits for its reply: counted for deadlines and overdue lists. */
  boolean awaitsReply() {
    return this == RECEIVED || this == ACCEPTED || this == IN_REVIEW;
  }
}
