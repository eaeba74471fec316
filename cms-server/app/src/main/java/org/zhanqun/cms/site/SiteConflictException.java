package org.zhanqun.cms.site;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * A site or column change that conflicts with what is stored: a taken id or path, a non-empty
 * column.
 */
public class SiteConflictException extends DomainException {

  private static final long serialVersionUID = 1L;

  public SiteConflictException(String field, String reason) {
    super(Failure.CONFLICT, field + ": " + reason, List.of(new FieldError(field, reason)));
  }
}
