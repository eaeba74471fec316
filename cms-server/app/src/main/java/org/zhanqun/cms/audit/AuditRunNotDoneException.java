package org.zhanqun.cms.audit;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** The run has no result (yet): it is queued, running, or failed. */
public class AuditRunNotDoneException extends DomainException {

  private static final long serialVersionUID = 1L;

  AuditRunNotDoneException(long id, AuditRunStatus status) {
    super(
        Failure.CONFLICT,
        "audit run " + id + " has no result: it is " + status.wireName(),
        List.of(new FieldError("id", "audit run " + id + " is " + status.wireName())));
  }
}
