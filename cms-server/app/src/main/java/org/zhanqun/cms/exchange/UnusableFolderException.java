package org.zhanqun.cms.exchange;

import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * The folder named in a request cannot be used: not absolute or a file (400), or, for an export,
 * not empty (409).
 */
public class UnusableFolderException extends DomainException {

  private static final long serialVersionUID = 1L;

  private UnusableFolderException(Failure failure, String folder, String reason) {
    super(
        failure,
        "folder " + folder + ": " + reason,
        java.util.List.of(new FieldError("folder", reason)));
  }

  static UnusableFolderException notAbsolute(String folder) {
    return new UnusableFolderException(
        Failure.INVALID, folder, "'" + folder + "' is not an absolute path on the server");
  }

  static UnusableFolderException notAFolder(String folder) {
    return new UnusableFolderException(
        Failure.INVALID, folder, "is a file, not a folder: an export writes into a folder");
  }

  static UnusableFolderException notEmpty(String folder) {
    return new UnusableFolderException(
        Failure.CONFLICT, folder, "is not empty: an export writes into a new or empty folder");
  }
}
