package org.zhanqun.cms.content;

import java.util.List;

/**
 * The first items of a work list, and how many there are in all.
 *
 * @param items newest change first, at most the limit asked for
 */
public record ItemSummaries(List<ItemSummary> items, long total) {

  public ItemSummaries {
    items = List.copyOf(items);
  }
}
