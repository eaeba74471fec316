package org.zhanqun.cms.publish;

import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;

/** Another publish run (of this or another instance) holds the output; try again shortly. */
public class PublishInProgressException extends DomainException {

  private static final long serialVersionUID = 1L;

  PublishInProgressException() {
    super(Failure.CONFLICT, "another publish run is in progress; try again in a moment");
  }
}
