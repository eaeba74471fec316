package org.zhanqun.cms.content;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** A workflow action the item's status does not allow, e.g. publishing a draft not yet reviewed. */
public class IllegalTransitionException extends DomainException {

  private static final long serialVersionUID = 1L;

  public IllegalTransitionException(Long itemId, ItemStatus status, WorkflowAction action) {
    super(
        Failure.CONFLICT,
        "item " + itemId + " is " + status.code() + "; it cannot " + action.code() + " now",
        List.of(new FieldError("status", status.code() + " does not allow " + action.code())));
  }
}
