package org.zhanqun.cms.infrastructure.error;

import java.util.List;

/** The request carries one or more invalid values; each is named with its reason. */
public class InvalidInputException extends DomainException {

  private static final long serialVersionUID = 1L;

  public InvalidInputException(List<FieldError> errors) {
    super(Failure.INVALID, summary(errors), errors);
  }

  public InvalidInputException(String field, String reason) {
    this(List.of(new FieldError(field, reason)));
  }

  private static String summary(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid input names at least one field");
    }
    return errors.size() == 1
        ? errors.get(0).field() + ": " + errors.get(0).reason()
        : errors.size() + " invalid fields";
  }
}
