package org.zhanqun.cms.exchange;

import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * An item or site of the folder conflicts with what the database holds outside the folder (a slug,
 * 索引号 or site path taken by another item or site); nothing is imported. Named by the file.
 */
public class ImportConflictException extends DomainException {

  private static final long serialVersionUID = 1L;

  ImportConflictException(String file, DomainException cause) {
    super(
        cause.failure(),
        file + ": " + cause.getMessage(),
        cause.fieldErrors().stream()
            .map(e -> new FieldError(file + ": " + e.field(), e.reason()))
            .toList());
    initCause(cause);
  }
}
