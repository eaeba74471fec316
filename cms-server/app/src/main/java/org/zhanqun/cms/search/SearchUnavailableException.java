package org.zhanqun.cms.search;

import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;

/** Solr cannot be reached or has no index yet: the search is answered 503, publishing goes on. */
public class SearchUnavailableException extends DomainException {

  private static final long serialVersionUID = 1L;

  SearchUnavailableException(String reason, Throwable cause) {
    super(Failure.UNAVAILABLE, "search is unavailable just now: " + reason);
    initCause(cause);
  }
}
