package org.zhanqun.builder.build;

import org.zhanqun.model.item.Item;

/** The sanitised HTML of an item's body, as pages and feeds embed it. */
interface Bodies {

  String html(Item item);

  /**
   * The sanitised HTML of a Markdown text that is not an item's body (a consultation's text and
   * result); the placeholders give the text itself, which is short.
   */
  default String markdown(String text) {
    return "\u27e6text " + text + "\u27e7";
  }

  /**
   * Stands for each body by its item's content hash, so a page's fingerprint can be taken before
   * any Markdown is rendered: the same hash means the same body.
   */
  Bodies PLACEHOLDERS = item -> "\u27e6body " + item.contentHash() + "\u27e7";
}
