package org.zhanqun.cms.publish;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** No preview link has this secret, or it expired: the same answer for both. */
public class UnknownPreviewException extends DomainException {

  private static final long serialVersionUID = 1L;

  UnknownPreviewException() {
    super(
        Failure.NOT_FOUND,
        "no such preview",
        List.of(new FieldError("token", "unknown or expired preview link")));
  }
}
