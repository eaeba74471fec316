package org.zhanqun.cms.attachment;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** No file has this id (in this site). */
public class UnknownFileException extends DomainException {

  private static final long serialVersionUID = 1L;

  public UnknownFileException(long fileId) {
    this(fileId, Failure.NOT_FOUND, "file");
  }

  private UnknownFileException(long fileId, Failure failure, String field) {
    super(failure, "no file " + fileId, List.of(new FieldError(field, "no file " + fileId)));
  }

  /** The file is named in a request body rather than addressed: answered as invalid input. */
  public static UnknownFileException inField(String field, long fileId) {
    return new UnknownFileException(fileId, Failure.INVALID, field);
  }
}
