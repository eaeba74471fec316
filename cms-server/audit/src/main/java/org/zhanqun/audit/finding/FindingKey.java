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
 * @param detail what tells apart several findings of one rule in one item: for the proofreading
 *     rules the field and the (masked) matched text, e.g. {@code body: 中华人民共合国}; empty for the
 *     other rules
 */
public record FindingKey(
    String rule, String site, String column, String item, String url, String detail)
    implements Comparable<FindingKey> {

  private static final Comparator<FindingKey> ORDER =
      Comparator.comparing(FindingKey::site)
          .thenComparing(FindingKey::rule)
          .thenComparing(FindingKey::column)
          .thenComparing(FindingKey::item)
          .thenComparing(FindingKey::url)
          .thenComparing(FindingKey::detail);

  public FindingKey {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(site, "site");
    column = Objects.requireNonNullElse(column, "");
    item = Objects.requireNonNullElse(item, "");
    url = Objects.requireNonNullElse(url, "");
    detail = Objects.requireNonNullElse(detail, "");
  }

  /** The key of a finding that is the only one of its rule for its site, column, item and URL. */
  public FindingKey(String rule, String site, String column, String item, String url) {
    this(rule, site, column, item, url, null);
  }

  @Override
  public int compareTo(FindingKey other) {
    return ORDER.compare(this, other);
  }
}
