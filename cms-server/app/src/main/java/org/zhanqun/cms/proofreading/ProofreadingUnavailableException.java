package org.zhanqun.cms.proofreading;

import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;

/**
 * The proofreader could not start: its operator file is unusable (503 until an operator fixes it).
 */
public class ProofreadingUnavailableException extends DomainException {

  private static final long serialVersionUID = 1L;

  ProofreadingUnavailableException(String reason) {
    super(Failure.UNAVAILABLE, reason);
  }
}
