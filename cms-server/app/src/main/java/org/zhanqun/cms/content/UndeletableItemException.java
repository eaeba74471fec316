package org.zhanqun.cms.content;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** An item that cannot be deleted now: it is live or scheduled, or other items link to it. */
public class UndeletableItemException extends DomainException {

  private static final long serialVersionUID = 1L;

  public UndeletableItemException(long itemId, String reason) {
    super(
        Failure.CONFLICT,
        "item " + itemId + " cannot be deleted: " + reason,
        List.of(new FieldError("item", reason)));
  }
}
