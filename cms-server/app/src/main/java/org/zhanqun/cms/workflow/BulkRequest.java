package org.zhanqun.cms.workflow;

import java.util.List;

/**
 * One workflow step for many items, as a client sends it.
 *
 * @param action {@code submit}, {@code publish} or {@code withdraw}
 * @param items 1 to 200 items, each with the version the caller read; no id twice
 * @param comment why; required to withdraw, kept with every item's step
 * @param at for publish: a future ISO date-time with offset schedules every item; absent publishes
 *     now
 */
public record BulkRequest(String action, List<Item> items, String comment, String at) {

  /** One item of a bulk step and the version the caller read of it. */
  public record Item(Long id, Integer version) {}
}
