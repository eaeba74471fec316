package org.zhanqun.cms.content;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * A workflow action the item's status does not allow, e.g. publishing a draft not yet reviewed.
 * Answered with the item's current view once {@link #showing} added it.
 */
public class IllegalTransitionException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final Long itemId;
  private final ItemStatus status;
  private final WorkflowAction action;
  private final transient Object current;

  public IllegalTransitionException(Long itemId, ItemStatus status, WorkflowAction action) {
    this(itemId, status, action, null);
  }

  private IllegalTransitionException(
      Long itemId, ItemStatus status, WorkflowAction action, Object current) {
    super(
        Failure.CONFLICT,
        "item " + itemId + " is " + status.code() + "; it cannot " + action.code() + " now",
        List.of(new FieldError("status", status.code() + " does not allow " + action.code())));
    this.itemId = itemId;
    this.status = status;
    this.action = action;
    this.current = current;
  }

  /** The same refusal carrying the item's current view for the response, as every 409 does. */
  IllegalTransitionException showing(Object currentItem) {
    IllegalTransitionException shown =
        new IllegalTransitionException(itemId, status, action, currentItem);
    shown.initCause(this);
    return shown;
  }

  @Override
  public Object detail() {
    return current;
  }
}
