package org.zhanqun.cms.publish;

/**
 * An outbox entry a run has locked.
 *
 * @param entryId the outbox row
 * @param itemId the changed item
 * @param reason what changed it: {@code publish}, {@code withdraw}, {@code import} ...
 */
record ClaimedChange(long entryId, long itemId, String reason) {}
