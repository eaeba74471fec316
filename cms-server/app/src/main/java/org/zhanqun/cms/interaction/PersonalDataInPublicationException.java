package org.zhanqun.cms.interaction;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;
import org.zhanqun.cms.proofreading.FindingView;

/**
 * The text to publish still holds personal data: what the proofreader finds (ID card, mobile and
 * bank card numbers) or the citizen's own name, phone or e-mail as written (422, nothing changed).
 */
public class PersonalDataInPublicationException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final transient List<FindingView> findings;

  PersonalDataInPublicationException(List<FieldError> errors, List<FindingView> findings) {
    super(
        Failure.UNPROCESSABLE, "the text to publish holds personal data; remove it first", errors);
    this.findings = List.copyOf(findings);
  }

  @Override
  public List<?> findings() {
    return findings.isEmpty() ? null : findings;
  }
}
