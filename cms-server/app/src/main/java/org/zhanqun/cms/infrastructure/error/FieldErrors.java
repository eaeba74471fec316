package org.zhanqun.cms.infrastructure.error;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every invalid field of one request, so that a user learns all of them at once. Not
 * thread-safe; one per request.
 */
public final class FieldErrors {

  private final List<FieldError> errors = new ArrayList<>();

  public FieldErrors add(String field, String reason) {
    errors.add(new FieldError(field, reason));
    return this;
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Throws {@link InvalidInputException} naming every collected field, if any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
