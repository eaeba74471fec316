/**
 * Cluster search on Solr: the index queue written with every change to live content, the indexer
 * that drains it into Solr (retrying until Solr takes it), the Solr connection (standalone node or
 * SolrCloud, created when missing), and the public query API with Chinese analysis, facets,
 * highlights and exact 文号/索引号 lookup. Imports {@code content}, {@code site} and {@code security};
 * SolrJ types never leave this package.
 */
package org.zhanqun.cms.search;
