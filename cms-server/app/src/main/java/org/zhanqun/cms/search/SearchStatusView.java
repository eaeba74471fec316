package org.zhanqun.cms.search;

/**
 * The state of the search index.
 *
 * @param reachable whether Solr answered just now
 * @param documents how many documents the index holds; -1 when Solr did not answer
 * @param pending changes to live content not yet in the index
 */
public record SearchStatusView(
    boolean reachable, long documents, long pending, String collection, String reason) {}
