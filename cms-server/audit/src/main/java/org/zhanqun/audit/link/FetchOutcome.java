package org.zhanqun.audit.link;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What fetching one external URL gave: the redirects followed and, if the URL is broken, why.
 *
 * @param redirects the URLs redirected to, in order
 * @param failure empty when the URL works
 */
record FetchOutcome(List<URI> redirects, Optional<LinkFailure> failure) {

  FetchOutcome {
    redirects = List.copyOf(redirects);
  }

  static FetchOutcome ok(List<URI> redirects) {
    return new FetchOutcome(redirects, Optional.empty());
  }

  static FetchOutcome broken(LinkFailure failure) {
    return new FetchOutcome(failure.redirects(), Optional.of(failure));
  }
}
