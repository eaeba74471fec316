package org.zhanqun.cms.infrastructure.error;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A business failure named for what failed. Subclasses live in the feature packages ({@code
 * UnknownSiteException}, {@code StaleVersionException} ...) and carry the offending values. Never
 * thrown for programming errors.
 */
public abstract class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Failure failure;
  private final List<FieldError> fieldErrors;

  protected DomainException(Failure failure, String message, List<FieldError> fieldErrors) {
    super(message);
    this.failure = failure;
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  protected DomainException(Failure failure, String message) {
    this(failure, message, List.of());
  }

  public Failure failure() {
    return failure;
  }

  /** The fields at fault; empty when the failure concerns no particular field. */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /**
   * Extra JSON-ready detail for the response body (for a stale version: the current state), or
   * null.
   */
  public Object detail() {
    return null;
  }

  /**
   * The proofreader's findings behind a refusal, JSON-ready, answered as the body's {@code
   * findings}; null (left out of the body) for every other failure.
   */
  public List<?> findings() {
    return null;
  }

  /**
   * How long the client should wait before trying again (answered as {@code Retry-After}); empty
   * when waiting would not help.
   */
  public Optional<Duration> retryAfter() {
    return Optional.empty();
  }
}
