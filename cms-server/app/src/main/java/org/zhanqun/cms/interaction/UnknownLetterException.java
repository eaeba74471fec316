package org.zhanqun.cms.interaction;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * No such letter (404). For a query code the answer is the same whether the code is unknown, wrong
 * or malformed, so that it tells nothing about which codes exist.
 */
public class UnknownLetterException extends DomainException {

  private static final long serialVersionUID = 1L;

  private UnknownLetterException(String message, List<FieldError> errors) {
    super(Failure.NOT_FOUND, message, errors);
  }

  static UnknownLetterException byId(long id) {
    return new UnknownLetterException(
        "no letter " + id, List.of(new FieldError("id", "no letter " + id)));
  }

  static UnknownLetterException byQueryCode() {
    return new UnknownLetterException(
        "no letter has this query code",
        List.of(
            new FieldError("queryCode", "no letter has this query code; check it and try again")));
  }
}
