package org.zhanqun.cms.site;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** No column has this id (in this site). */
public class UnknownColumnException extends DomainException {

  private static final long serialVersionUID = 1L;

  public UnknownColumnException(long columnId) {
    this(columnId, Failure.NOT_FOUND, "column");
  }

  private UnknownColumnException(long columnId, Failure failure, String field) {
    super(
        failure, "no column " + columnId, List.of(new FieldError(field, "no column " + columnId)));
  }

  /** The column is named in a request body rather than addressed: answered as invalid input. */
  public static UnknownColumnException inField(String field, long columnId) {
    return new UnknownColumnException(columnId, Failure.INVALID, field);
  }
}
