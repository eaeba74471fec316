package org.zhanqun.cms.content;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** A value that must be unique is taken: a 索引号 in the cluster, a slug or translation in a site. */
public class DuplicateItemException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final transient Object current;

  /**
   * @param current the view of the item being changed, for the response; null for a new item
   */
  public DuplicateItemException(List<FieldError> errors, Object current) {
    super(Failure.CONFLICT, errors.get(0).field() + ": " + errors.get(0).reason(), errors);
    this.current = current;
  }

  @Override
  public Object detail() {
    return current;
  }
}
