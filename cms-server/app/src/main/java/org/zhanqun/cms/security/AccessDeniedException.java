package org.zhanqun.cms.security;

import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;

/** A valid user without the right for what was asked. */
public class AccessDeniedException extends DomainException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String username, String what) {
    super(Failure.FORBIDDEN, username + " may not " + what);
  }
}
