package org.zhanqun.audit.finding;

import java.util.Comparator;
import java.util.Objects;

/**
 * The identity of a finding across runs: the same rule about the same site, column, item and URL is
 * the same finding, whatever its evidence says today. What trends compare to tell opened from fixed
 * findings.
 *
 * @param column empty when the finding is about the whole site
 * @param item empty when the finding is not about one item
 * @param url empty when the finding has none
 */
public record FindingKey(String rule, String site, String column, String item, String url)
    implements Comparable<FindingKey> {

  private static final Comparator<FindingKey> ORDER =
      Comparator.comparing(FindingKey::site)
          .thenComparing(FindingKey::rule)
          .thenComparing(FindingKey::column)
          .thenComparing(FindingKey::item)
          .thenComparing(FindingKey::url);

  public FindingKey {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(site, "site");
    column = Objects.requireNonNullElse(column, "");
    item = Objects.requireNonNullElse(item, "");
    url = Objects.requireNonNullElse(url, "");
  }

  @Override
  public int compareTo(FindingKey other) {
    return ORDER.compare(this, other);
  }
}
