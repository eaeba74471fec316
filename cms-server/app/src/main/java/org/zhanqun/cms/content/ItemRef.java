package org.zhanqun.cms.content;

/** A short reference to another item: enough to show and link it. */
public record ItemRef(long id, String site, String type, String language, String title) {

  static ItemRef of(ContentItem item) {
    return new ItemRef(
        item.id(), item.siteId(), item.type().code(), item.language().tag(), item.title());
  }
}
