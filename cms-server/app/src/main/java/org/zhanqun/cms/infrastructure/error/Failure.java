package org.zhanqun.cms.infrastructure.error;

/** The kind of a {@link DomainException}, which decides the HTTP status it is answered with. */
public enum Failure {
  /** The request carries invalid values (400). */
  INVALID,
  /** No valid credentials (401). */
  UNAUTHENTICATED,
  /** Valid credentials without the right (403). */
  FORBIDDEN,
  /** The addressed thing does not exist (404). */
  NOT_FOUND,
  /**
   * The request conflicts with what is stored: a stale version, a duplicate, a wrong state (409).
   */
  CONFLICT,
  /**
   * The request is well formed but what it asks would break a content rule that only a reason can
   * lift: proofreading findings that block publication (422).
   */
  UNPROCESSABLE,
  /** The body is larger than allowed (413). */
  TOO_LARGE,
  /** The media type of an upload is not accepted (415). */
  UNSUPPORTED_TYPE,
  /** Too many attempts from this client or for this account; try again later (429). */
  TOO_MANY_REQUESTS,
  /**
   * A service the request needs (the search engine, a turn at password hashing) cannot be had just
   * now (503).
   */
  UNAVAILABLE;

  /**
   * The HTTP status a failure of this kind is answered with, for features that report failures of
   * several steps in one answer (bulk actions); the exception mapper answers a single one with it.
   */
  public int httpStatus() {
    return switch (this) {
      case INVALID -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case UNPROCESSABLE -> 422;
      case TOO_LARGE -> 413;
      case UNSUPPORTED_TYPE -> 415;
      case TOO_MANY_REQUESTS -> 429;
      case UNAVAILABLE -> 503;
    };
  }
}
