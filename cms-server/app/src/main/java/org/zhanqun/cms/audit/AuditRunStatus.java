package org.zhanqun.cms.audit;

import java.util.Locale;

/** Where an audit run is: asked for, running, finished with a result, or failed. */
public enum AuditRunStatus {
  QUEUED,
  RUNNING,
  DONE,
  FAILED;

  /** The name in the API: {@code queued}, {@code running}, {@code done}, {@code failed}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
