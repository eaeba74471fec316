package org.zhanqun.cms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhanqun.cms.security.CurrentCaller;

/** The index's state for administrators (and the tests that wait for the indexer). */
@ApplicationScoped
public class SearchStatus {

  @Inject SolrGateway solr;
  @Inject IndexingService indexing;
  @Inject CurrentCaller caller;

  public SearchStatusView now() {
    caller.requireAdministrator();
    long pending = indexing.pending();
    try {
      return new SearchStatusView(true, solr.documentCount(), pending, solr.collection(), null);
    } catch (SearchUnavailableException e) {
      return new SearchStatusView(false, -1, pending, solr.collection(), e.getMessage());
    }
  }
}
