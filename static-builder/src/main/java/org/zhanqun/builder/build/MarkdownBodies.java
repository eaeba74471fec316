package org.zhanqun.builder.build;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zhanqun.builder.markdown.MarkdownRenderer;
import org.zhanqun.model.item.Item;

/**
 * Renders bodies once per content hash and keeps them for later builds of the same builder, so a
 * body shared by a page and a feed, or unchanged since the last build, is rendered once.
 * Thread-safe.
 */
final class MarkdownBodies implements Bodies {

  private final MarkdownRenderer renderer = new MarkdownRenderer();
  private final Map<String, String> byHash = new ConcurrentHashMap<>();

  @Override
  public String html(Item item) {
    return byHash.computeIfAbsent(item.contentHash(), hash -> renderer.toSafeHtml(item.body()));
  }

  @Override
  public String markdown(String text) {
    return renderer.toSafeHtml(text);
  }

  /** Forgets bodies no longer in use, so a long-running builder does not grow without bound. */
  void retainOnly(java.util.Set<String> hashes) {
    byHash.keySet().retainAll(hashes);
  }
}
