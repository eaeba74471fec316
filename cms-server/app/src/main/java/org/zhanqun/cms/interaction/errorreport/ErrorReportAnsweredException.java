package org.zhanqun.cms.interaction.errorreport;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** The report was answered already: it can be neither forwarded nor answered again (409). */
public class ErrorReportAnsweredException extends DomainException {

  private static final long serialVersionUID = 1L;

  ErrorReportAnsweredException(String number, String field) {
    super(
        Failure.CONFLICT,
        "error report " + number + " was answered already",
        List.of(new FieldError(field, "error report " + number + " was answered already")));
  }
}
