package org.zhanqun.cms.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * The one way a content change is stored, shared by editing and import: the item's links follow its
 * content, and every new revision is announced as {@link ItemSaved} in the caller's transaction
 * (where history records it). Checks no rights.
 */
@ApplicationScoped
class ItemRevisions {

  @Inject ContentRepository repository;
  @Inject ItemValidator validator;
  @Inject Event<ItemSaved> saved;

  /** Stores a new item, its content as revision 1. */
  void add(ContentItem item, ItemContent content, String actor, Instant at, String note) {
    repository.add(item);
    linkReferences(item, content);
    saved.fire(new ItemSaved(item.id(), item.revision(), content, actor, at, note));
  }

  /**
   * Makes {@code content} the item's working copy as a new revision.
   *
   * @return false, and nothing stored, when the content is the working copy already
   */
  boolean edit(ContentItem item, ItemContent content, String actor, Instant at, String note) {
    if (!item.edit(content, actor, at)) {
      return false;
    }
    repository.flush();
    linkReferences(item, content);
    saved.fire(new ItemSaved(item.id(), item.revision(), content, actor, at, note));
    return true;
  }

  /**
   * Refuses content whose slug, 索引号 or translation another item holds.
   *
   * @param itemId the item being changed; null for a new item
   * @param current the view of the item being changed, for the 409's body; null for a new item
   * @throws DuplicateItemException naming each duplicate
   */
  void requireUnique(
      ItemContent content,
      String siteId,
      String language,
      Long itemId,
      Supplier<ItemView> current) {
    List<FieldError> duplicates = validator.duplicates(content, siteId, language, itemId);
    if (!duplicates.isEmpty()) {
      throw new DuplicateItemException(duplicates, current == null ? null : current.get());
    }
  }

  private void linkReferences(ContentItem item, ItemContent content) {
    if (content.interpretation() != null) {
      repository.replaceInterpretedPolicies(item.id(), content.interpretation().interprets());
    }
    if (content.guide() != null) {
      repository.replaceGuideForms(item.id(), content.guide().allForms());
    }
  }
}
