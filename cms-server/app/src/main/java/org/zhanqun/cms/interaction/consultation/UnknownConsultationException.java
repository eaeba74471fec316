package org.zhanqun.cms.interaction.consultation;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** No consultation has this id, or the site has none with this code. */
public class UnknownConsultationException extends DomainException {

  private static final long serialVersionUID = 1L;

  UnknownConsultationException(String field, String what) {
    super(
        Failure.NOT_FOUND,
        "no consultation " + what,
        List.of(new FieldError(field, "no consultation " + what)));
  }
}
