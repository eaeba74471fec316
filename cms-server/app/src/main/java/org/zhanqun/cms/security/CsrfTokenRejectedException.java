package org.zhanqun.cms.security;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * A request authenticated by the session cookie that may change something came without the
 * session's CSRF token in {@value CsrfToken#HEADER}, or with another one (403).
 */
public class CsrfTokenRejectedException extends DomainException {

  private static final long serialVersionUID = 1L;

  CsrfTokenRejectedException() {
    super(
        Failure.FORBIDDEN,
        "missing or wrong CSRF token",
        List.of(
            new FieldError(
                CsrfToken.HEADER,
                "must be the csrfToken of the session (from POST or GET /auth/session)")));
  }
}
