package org.zhanqun.cms.site;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** No site has this id. */
public class UnknownSiteException extends DomainException {

  private static final long serialVersionUID = 1L;

  public UnknownSiteException(String siteId) {
    this(siteId, Failure.NOT_FOUND, "site");
  }

  private UnknownSiteException(String siteId, Failure failure, String field) {
    super(failure, "no site " + siteId, List.of(new FieldError(field, "no site " + siteId)));
  }

  /** The site is named in a request body rather than addressed: answered as invalid input. */
  public static UnknownSiteException inField(String field, String siteId) {
    return new UnknownSiteException(siteId, Failure.INVALID, field);
  }
}
