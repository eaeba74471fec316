package org.zhanqun.audit.link;

/** Why a link is broken. */
public enum LinkProblem {
  /** An internal link whose file is not in the published folder. */
  NO_SUCH_FILE,
  /**
   * An internal link to an existing page whose {@code #fragment} names no element there. Weaker
   * than the others: the page opens, only the jump fails; reported apart ({@link
   * LinkReport#missingAnchors()}).
   */
  MISSING_ANCHOR,
  /** The server answered with a status of 400 or more (after redirects). */
  HTTP_ERROR,
  /** No answer within the connect or request timeout. */
  TIMEOUT,
  /** Connection refused or reset, unknown host, TLS failure. */
  CONNECTION_FAILED,
  /**
   * Not fetched: the URL (or a URL it redirects to) leads to an address the checker may not connect
   * to (loopback, private, link-local, metadata, …) or to a port other than 80 and 443. The detail
   * says only that ({@code "not checked: address not allowed"}), never what answers there. Counted
   * as broken: a visitor from the internet cannot rely on such a link either.
   */
  NOT_ALLOWED,
  REDIRECT_LOOP,
  TOO_MANY_REDIRECTS,
  /**
   * The link as written is not a URL (counted with the internal links, as nothing could be
   * fetched), or a redirect leads to one that cannot be fetched.
   */
  INVALID_URL
}
