package org.zhanqun.cms.publish;

/**
 * An outbox entry a run has locked.
 *
 * @param entryId the outbox row
 * @param itemId the changed item; null when the entry is about a site's other public pages
 * @param siteId the site whose other public pages changed; null for an item's change
 * @param reason what changed it: {@code publish}, {@code withdraw}, {@code import} ..., or for a
 *     site's pages e.g. {@code letter published}
 */
record ClaimedChange(long entryId, Long itemId, String siteId, String reason) {

  /** In words, for the publish log: {@code publish of item 42}, {@code letter published on fgw}. */
  String describe() {
    return itemId != null ? reason + " of item " + itemId : reason + " on " + siteId;
  }
}
