package org.zhanqun.cms.content;

/**
 * Fired inside the transaction of every workflow transition, the changes of what the public sees of
 * an item (publication, withdrawal; a live item cannot be deleted).
 *
 * @param action the workflow action's code, e.g. {@code publish}, {@code withdraw}
 */
public record LiveContentChanged(long itemId, String action) {}
