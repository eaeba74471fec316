package org.zhanqun.audit.finding;

import java.util.Comparator;
import java.util.Objects;

/**
 * One content item in one language, as the audit names it.
 *
 * @param column the column's path in its site, e.g. {@code policy/normative}
 */
public record ItemRef(String site, String column, String slug, String language)
    implements Comparable<ItemRef> {

  private static final Comparator<ItemRef> ORDER =
      Comparator.comparing(ItemRef::site)
          .thenComparing(ItemRef::column)
          .thenComparing(ItemRef::slug)
          .thenComparing(ItemRef::language);

  public ItemRef {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(language, "language");
  }

  @Override
  public int compareTo(ItemRef other) {
    return ORDER.compare(this, other);
  }

  /** {@code site/column/slug.language}, e.g. {@code gaj/guide/hukou-qianru.zh-CN}. */
  @Override
  public String toString() {
    return site + "/" + column + "/" + slug + "." + language;
  }
}
