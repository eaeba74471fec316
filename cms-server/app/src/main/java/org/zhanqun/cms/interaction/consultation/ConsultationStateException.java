package org.zhanqun.cms.interaction.consultation;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * What was asked does not fit where the consultation stands today: an opinion before it opens or
 * after it closes, an edit once it opened, a result before it closed (409). Nothing is stored.
 */
public class ConsultationStateException extends DomainException {

  private static final long serialVersionUID = 1L;

  ConsultationStateException(String field, String reason) {
    super(Failure.CONFLICT, field + ": " + reason, List.of(new FieldError(field, reason)));
  }
}
