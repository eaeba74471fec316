package org.zhanqun.cms.interaction.errorreport;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** No error report has this id. */
public class UnknownErrorReportException extends DomainException {

  private static final long serialVersionUID = 1L;

  UnknownErrorReportException(long id) {
    super(
        Failure.NOT_FOUND,
        "no error report " + id,
        List.of(new FieldError("id", "no error report " + id)));
  }
}
