package org.zhanqun.cms.attachment;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** No file has this id (in this site). */
public class UnknownFileException extends DomainException {

  private static final long serialVersionUID = 1L;

  public UnknownFileException(long fileId) {
    super(
        Failure.NOT_FOUND,
        "no file " + fileId,
        List.of(new FieldError("file", "no file " + fileId)));
  }
}
