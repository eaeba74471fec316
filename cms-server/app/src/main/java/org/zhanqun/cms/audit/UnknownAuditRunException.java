package org.zhanqun.cms.audit;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** No stored audit run has this id, or it did not audit this site. */
public class UnknownAuditRunException extends DomainException {

  private static final long serialVersionUID = 1L;

  UnknownAuditRunException(String field, String reason) {
    super(Failure.NOT_FOUND, reason, List.of(new FieldError(field, reason)));
  }
}
