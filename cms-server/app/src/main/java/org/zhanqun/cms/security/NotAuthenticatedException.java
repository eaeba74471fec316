package org.zhanqun.cms.security;

import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;

/** The request carries no valid token (missing, unknown, expired or revoked). */
public class NotAuthenticatedException extends DomainException {

  private static final long serialVersionUID = 1L;

  public NotAuthenticatedException(String message) {
    super(Failure.UNAUTHENTICATED, message);
  }
}
