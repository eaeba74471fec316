package org.zhanqun.cms.attachment;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** An upload refused for its size, type or name; nothing was stored. */
public class FileRejectedException extends DomainException {

  private static final long serialVersionUID = 1L;

  FileRejectedException(Failure failure, String field, String reason) {
    super(failure, field + ": " + reason, List.of(new FieldError(field, reason)));
  }
}
