package org.zhanqun.cms.content;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * An item that cannot be deleted now: it is live or scheduled, or items of its site link to it.
 * Carries the item's current view, as every conflict about an item does.
 */
public class UndeletableItemException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final transient Object current;

  public UndeletableItemException(long itemId, String reason, Object current) {
    super(
        Failure.CONFLICT,
        "item " + itemId + " cannot be deleted: " + reason,
        List.of(new FieldError("item", reason)));
    this.current = current;
  }

  @Override
  public Object detail() {
    return current;
  }
}
