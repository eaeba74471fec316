package org.zhanqun.cms.content;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** No item has this id (or none the caller may see). */
public class UnknownItemException extends DomainException {

  private static final long serialVersionUID = 1L;

  public UnknownItemException(long itemId) {
    super(
        Failure.NOT_FOUND,
        "no item " + itemId,
        List.of(new FieldError("item", "no item " + itemId)));
  }
}
