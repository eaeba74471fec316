package org.zhanqun.cms.exchange;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;
import org.zhanqun.model.yaml.ContentProblem;

/**
 * The folder to import is not valid content: every problem the reader found, each as a field {@code
 * <file>:<line>} (just {@code <file>} when no line is known) with its reason.
 */
public class InvalidContentFolderException extends DomainException {

  private static final long serialVersionUID = 1L;

  InvalidContentFolderException(List<ContentProblem> problems) {
    super(
        Failure.INVALID,
        problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the folder",
        problems.stream()
            .map(
                p ->
                    new FieldError(p.line() > 0 ? p.file() + ":" + p.line() : p.file(), p.reason()))
            .toList());
  }
}
