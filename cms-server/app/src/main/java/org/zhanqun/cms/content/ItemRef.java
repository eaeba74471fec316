package org.zhanqun.cms.content;

import java.util.Optional;

/**
 * A short reference to another item: enough to show and link it. A reference the reader may not
 * follow (another site's item that is not live, or an item that no longer exists) carries only its
 * id: every other component is null, so nothing of an unpublished item leaks.
 */
public record ItemRef(long id, String site, String type, String language, String title) {

  /** The item as its working copy names it, for editors. */
  static ItemRef of(ContentItem item) {
    return new ItemRef(
        item.id(), item.siteId(), item.type().code(), item.language().tag(), item.title());
  }

  /** A reference that is broken for this reader: only the id, nothing of the item. */
  static ItemRef unavailable(long id) {
    return new ItemRef(id, null, null, null, null);
  }

  /** The item as its published revision names it, for readers; empty when it is not live. */
  static Optional<ItemRef> ofLive(ContentItem item) {
    return item.liveContent()
        .map(
            live ->
                new ItemRef(
                    item.id(),
                    item.siteId(),
                    item.type().code(),
                    item.language().tag(),
                    live.title()));
  }
}
