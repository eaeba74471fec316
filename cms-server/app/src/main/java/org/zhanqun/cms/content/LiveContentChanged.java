package org.zhanqun.cms.content;

/**
 * Fired inside the transaction that changes what the public sees of an item: a publication (also a
 * scheduled one, when it happens), a withdrawal, an import; not a submission or a send-back, which
 * leave the live version as it is. A live item cannot be deleted.
 *
 * @param action the workflow action's code, e.g. {@code publish}, {@code withdraw}
 */
public record LiveContentChanged(long itemId, String action) {}
