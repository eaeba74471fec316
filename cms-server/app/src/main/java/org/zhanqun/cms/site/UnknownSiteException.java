package org.zhanqun.cms.site;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** No site has this id. */
public class UnknownSiteException extends DomainException {

  private static final long serialVersionUID = 1L;

  public UnknownSiteException(String siteId) {
    super(
        Failure.NOT_FOUND,
        "no site " + siteId,
        List.of(new FieldError("site", "no site " + siteId)));
  }
}
