package org.zhanqun.audit.link;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why a link is broken, as evidence for the audit.
 *
 * @param problem the kind of failure
 * @param status the last HTTP status received, if any
 * @param detail for people, e.g. {@code "404 Not Found"}, {@code "no such file: fgw/a.html"},
 *     {@code "timeout after 5 s"}, {@code "connection refused"}, {@code "redirect loop"}
 * @param redirects the URLs the link was redirected to, in order; empty without redirects
 */
public record LinkFailure(
    LinkProblem problem, OptionalInt status, String detail, List<URI> redirects) {

  public LinkFailure {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
    redirects = List.copyOf(redirects);
  }

  /** The last URL of the redirect chain, if the link was redirected. */
  public Optional<URI> finalUrl() {
    return redirects.isEmpty()
        ? Optional.empty()
        : Optional.of(redirects.get(redirects.size() - 1));
  }
}
