package org.zhanqun.cms.exchange;

import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * The folder named in a request cannot be used: outside the exchange folder, missing or a file
 * (400), or, for an export, not empty (409).
 */
public class UnusableFolderException extends DomainException {

  private static final long serialVersionUID = 1L;

  private UnusableFolderException(Failure failure, String folder, String reason) {
    super(
        failure,
        "folder " + folder + ": " + reason,
        java.util.List.of(new FieldError("folder", reason)));
  }

  static UnusableFolderException invalid(String folder, String reason) {
    return new UnusableFolderException(Failure.INVALID, folder, reason);
  }

  static UnusableFolderException notEmpty(String folder) {
    return new UnusableFolderException(
        Failure.CONFLICT, folder, "is not empty: an export writes into a new or empty folder");
  }
}
