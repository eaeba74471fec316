package org.zhanqun.cms.content;

import java.util.Locale;

/** What moves an item through its workflow; see {@link ItemStatus} for the allowed moves. */
public enum WorkflowAction {
  /** An editor submits the draft for review. */
  SUBMIT,
  /** A reviewer sends it back to the editor, with a comment. */
  SEND_BACK,
  /** A reviewer publishes it now. */
  PUBLISH,
  /** A reviewer approves it for publication at a future time. */
  SCHEDULE,
  /** The server publishes a scheduled item when its time has come. */
  PUBLISH_DUE,
  /** A reviewer takes a live item off the sites. */
  WITHDRAW,
  /** Someone changes the content. */
  EDIT;

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
