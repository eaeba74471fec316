package org.zhanqun.model;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of parsing a value at a door (an API field, a front-matter key, an import): the
 * value, or the reason it is refused. The reason is one sentence that every door reports in the
 * same words, the API after the field name and the file reader after the file, line and key.
 * Immutable.
 */
public final class Parsed<T> {

  private final T value;
  private final String reason;

  private Parsed(T value, String reason) {
    this.value = value;
    this.reason = reason;
  }

  public static <T> Parsed<T> of(T value) {
    return new Parsed<>(Objects.requireNonNull(value), null);
  }

  public static <T> Parsed<T> refused(String reason) {
    return new Parsed<>(null, Objects.requireNonNull(reason));
  }

  public boolean isValid() {
    return reason == null;
  }

  /** The value; empty when refused. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** Why the value is refused; empty when it is valid. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * The value.
   *
   * @throws IllegalArgumentException with the reason, when refused
   */
  public T orElseThrow() {
    if (reason != null) {
      throw new IllegalArgumentException(reason);
    }
    return value;
  }

  public <U> Parsed<U> map(Function<? super T, ? extends U> mapping) {
    return reason == null ? Parsed.of(mapping.apply(value)) : Parsed.refused(reason);
  }

  @Override
  public String toString() {
    return reason == null ? String.valueOf(value) : "refused: " + reason;
  }
}
