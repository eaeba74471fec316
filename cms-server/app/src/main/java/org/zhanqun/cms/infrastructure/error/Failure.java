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
  UNAVAILABLE
}
