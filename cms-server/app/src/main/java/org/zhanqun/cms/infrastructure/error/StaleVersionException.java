package org.zhanqun.cms.infrastructure.error;

import java.util.List;

/**
 * A save that carries a version other than the stored one: someone else saved in between. Carries
 * the current state so the client can merge instead of overwriting.
 */
public class StaleVersionException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final transient Object current;

  public StaleVersionException(String what, int sentVersion, int currentVersion, Object current) {
    super(
        Failure.CONFLICT,
        what
            + " was changed by someone else: you sent version "
            + sentVersion
            + ", the current version is "
            + currentVersion,
        List.of(
            new FieldError(
                "version", "stale: sent " + sentVersion + ", current " + currentVersion)));
    this.current = current;
  }

  /**
   * Checks that the client sent the version it read and that it is still the stored one.
   *
   * @throws InvalidInputException when no version was sent
   * @throws StaleVersionException when it is not the stored version
   */
  public static void requireCurrent(String what, Integer sent, int stored, Object current) {
    if (sent == null) {
      throw new InvalidInputException("version", "is required: the version you read");
    }
    if (sent != stored) {
      throw new StaleVersionException(what, sent, stored, current);
    }
  }

  @Override
  public Object detail() {
    return current;
  }
}
