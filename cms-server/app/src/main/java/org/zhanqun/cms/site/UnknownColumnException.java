package org.zhanqun.cms.site;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** No column has this id (in this site). */
public class UnknownColumnException extends DomainException {

  private static final long serialVersionUID = 1L;

  public UnknownColumnException(long columnId) {
    super(
        Failure.NOT_FOUND,
        "no column " + columnId,
        List.of(new FieldError("column", "no column " + columnId)));
  }
}
