package org.zhanqun.cms.interaction.intake;

import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;

/**
 * Personal data cannot be encrypted or read: no usable key is configured, or a stored value's key
 * is missing (503 until an operator sets {@code zhanqun.interaction.key}).
 */
public class PersonalDataUnavailableException extends DomainException {

  private static final long serialVersionUID = 1L;

  PersonalDataUnavailableException(String reason) {
    super(Failure.UNAVAILABLE, "personal data cannot be handled: " + reason);
  }
}
