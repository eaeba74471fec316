package org.zhanqun.cms.publish;

import java.util.List;

/**
 * Why a publish run happens.
 *
 * @param kind {@code start-up}, {@code outbox} or {@code full}
 * @param detail in words, e.g. {@code publish of item 42, withdraw of item 7}
 * @param itemIds the items concerned, never null
 * @param publicPages whether a site's interaction pages changed (always for a run that is not for
 *     outbox entries)
 */
record PublishTrigger(String kind, String detail, List<Long> itemIds, boolean publicPages) {

  /** The kind of a run for claimed outbox entries. */
  static final String OUTBOX = "outbox";
}
