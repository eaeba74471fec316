package org.zhanqun.cms.site;

/** What importing one thing from a content folder did to the stored one. */
public enum ImportOutcome {
  /** It did not exist and was created. */
  CREATED,
  /** It existed and differed; it now has the imported values. */
  UPDATED,
  /** It existed with the imported values already; nothing was written. */
  UNCHANGED;

  static ImportOutcome of(boolean created, boolean changed) {
    return created ? CREATED : changed ? UPDATED : UNCHANGED;
  }
}
