package org.zhanqun.builder.build;

import org.zhanqun.model.item.Item;

/** The sanitised HTML of an item's body, as pages and feeds embed it. */
interface Bodies {

  String html(Item item);

  /**
   * Stands for each body by its item's content hash, so a page's fingerprint can be taken before
   * any Markdown is rendered: the same hash means the same body.
   */
  Bodies PLACEHOLDERS = item -> "\u27e6body " + item.contentHash() + "\u27e7";
}
