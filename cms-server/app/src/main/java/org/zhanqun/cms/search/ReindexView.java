package org.zhanqun.cms.search;

/**
 * A reindex request's outcome.
 *
 * @param queued how many live items were queued; the indexer sends them in batches
 * @param cleared whether the index was emptied first
 */
public record ReindexView(int queued, boolean cleared) {}
