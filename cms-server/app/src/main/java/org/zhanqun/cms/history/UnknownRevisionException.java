package org.zhanqun.cms.history;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** The item has no revision with this number. */
public class UnknownRevisionException extends DomainException {

  private static final long serialVersionUID = 1L;

  UnknownRevisionException(long itemId, int number) {
    super(
        Failure.NOT_FOUND,
        "item " + itemId + " has no revision " + number,
        List.of(new FieldError("revision", "no revision " + number)));
  }
}
