package org.zhanqun.cms.interaction;

import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;

/** A step a letter is not ready for (approve a letter not in review, rate twice ...): 409. */
public class LetterStateException extends DomainException {

  private static final long serialVersionUID = 1L;

  LetterStateException(String number, String step, String why) {
    super(Failure.CONFLICT, "letter " + number + " cannot " + step + ": " + why);
  }
}
