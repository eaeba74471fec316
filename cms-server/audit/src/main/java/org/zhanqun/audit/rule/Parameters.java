package org.zhanqun.audit.rule;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The validated parameters of one rule, by name. The rules reader has checked every value against
 * the rule's catalog entry, so an accessor only fails (with {@link IllegalStateException}) when the
 * code asks for a parameter the catalog does not give the rule: a programming error. Immutable.
 */
public final class Parameters {

  private final Map<String, Object> values;

  Parameters(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  /** Every parameter, sorted by name; values are Integer, BigDecimal, Period, String or List. */
  public Map<String, Object> asMap() {
    return values;
  }

  public int count(String name) {
    return get(name, Integer.class);
  }

  public BigDecimal decimal(String name) {
    return get(name, BigDecimal.class);
  }

  public Period period(String name) {
    return get(name, Period.class);
  }

  public String choice(String name) {
    return get(name, String.class);
  }

  @SuppressWarnings("unchecked")
  public List<String> texts(String name) {
    return get(name, List.class);
  }

  /** Points per occurrence of a deduction rule. */
  public BigDecimal points() {
    return decimal(RuleCatalog.POINTS);
  }

  /** The most a deduction rule may take off, all its occurrences together. */
  public BigDecimal cap() {
    return decimal(RuleCatalog.CAP);
  }

  private <T> T get(String name, Class<T> type) {
    Object value = values.get(name);
    if (!type.isInstance(value)) {
      throw new IllegalStateException("no " + type.getSimpleName() + " parameter '" + name + "'");
    }
    return type.cast(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Parameters that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
