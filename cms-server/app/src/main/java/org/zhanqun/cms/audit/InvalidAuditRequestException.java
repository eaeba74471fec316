package org.zhanqun.cms.audit;

import java.util.List;
import org.zhanqun.audit.rule.RulesProblem;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** An audit that cannot run as asked: a bad day, an unknown site, an invalid rules file. */
public class InvalidAuditRequestException extends DomainException {

  private static final long serialVersionUID = 1L;

  InvalidAuditRequestException(String field, String reason) {
    super(Failure.INVALID, reason, List.of(new FieldError(field, reason)));
  }

  /** Every problem of the rules file, each as {@code rules: line N: reason}; nothing ran. */
  static InvalidAuditRequestException invalidRules(List<RulesProblem> problems) {
    return new InvalidAuditRequestException(
        problems.stream()
            .map(p -> new FieldError("rules", "line " + p.line() + ": " + p.reason()))
            .toList());
  }

  private InvalidAuditRequestException(List<FieldError> errors) {
    super(Failure.INVALID, "the rules file is invalid; nothing was audited", errors);
  }
}
