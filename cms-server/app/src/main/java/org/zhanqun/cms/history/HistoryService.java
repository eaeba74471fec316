package org.zhanqun.cms.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.zhanqun.cms.content.ContentItem;
import org.zhanqun.cms.content.ItemEditingService;
import org.zhanqun.cms.content.ItemRef;
import org.zhanqun.cms.content.ItemSaved;
import org.zhanqun.cms.content.ItemView;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;
import org.zhanqun.cms.infrastructure.persistence.JsonColumn;

/**
 * Revisions of items: recorded on every save (in the saving transaction), listed, compared and
 * restored. Restoring makes an old revision's content the working copy as a new revision; nothing
 * is ever rewritten. Reading needs the right to read the item, restoring the right to edit it.
 */
@ApplicationScoped
@Transactional
public class HistoryService {

  /** The content of an item that has none: every field of the other side is added. */
  private static final String NOTHING = "{}";

  @Inject RevisionRepository revisions;
  @Inject ItemEditingService content;

  void record(@Observes ItemSaved saved) {
    revisions.add(
        new ItemRevision(
            saved.itemId(),
            saved.revision(),
            saved.content(),
            saved.at(),
            saved.author(),
            saved.note()));
  }

  /** The item's revisions, newest first, without their content. */
  public List<RevisionView> revisions(long itemId) {
    content.get(itemId);
    return revisions.ofItem(itemId).stream().map(r -> r.view(false)).toList();
  }

  public RevisionView revision(long itemId, int number) {
    content.get(itemId);
    return require(itemId, number).view(true);
  }

  /** What changed from revision {@code from} to revision {@code to}, field by field. */
  public List<FieldChange> diff(long itemId, int from, int to) {
    content.get(itemId);
    return RevisionDiff.between(
        require(itemId, from).contentJson(), require(itemId, to).contentJson());
  }

  /**
   * The working copy against the live revision, for whoever may read the item; every field of the
   * working copy as added when the item is not live.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public LiveDiffView liveDiff(long itemId) {
    ContentItem item = content.readableItem(itemId);
    String live = item.liveContent().map(JsonColumn::write).orElse(NOTHING);
    return new LiveDiffView(
        item.isLive() ? item.liveRevision() : null,
        item.revision(),
        RevisionDiff.between(live, JsonColumn.write(item.content())));
  }

  /**
   * For a translation: what changed in its source-language version between the source's revision
   * when the translation was last saved (its content's last change) and the source's current one.
   * Empty changes when the translation is not outdated; 400 for the source itself and for an item
   * whose group has no source-language version.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public SourceChangesView sourceChanges(long itemId) {
    ContentItem item = content.readableItem(itemId);
    ContentItem source =
        content
            .translationSource(item)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "id",
                        "item "
                            + itemId
                            + " is not a translation: its translation group '"
                            + item.translationKey()
                            + "' has no version in the site's source language"));
    if (source.id().equals(item.id())) {
      throw new InvalidInputException(
          "id",
          "item "
              + itemId
              + " is the source-language version ("
              + item.language().tag()
              + ") of its translation group: it is the source, not a translation");
    }
    ItemRef ref =
        new ItemRef(
            source.id(),
            source.siteId(),
            source.type().code(),
            source.language().tag(),
            source.title());
    if (!source.contentChangedAt().isAfter(item.contentChangedAt())) {
      return new SourceChangesView(ref, source.revision(), source.revision(), List.of());
    }
    Optional<ItemRevision> since = revisionAt(source.id(), item.contentChangedAt());
    String current =
        revisions
            .find(source.id(), source.revision())
            .map(ItemRevision::contentJson)
            .orElseGet(() -> JsonColumn.write(source.content()));
    return new SourceChangesView(
        ref,
        since.map(ItemRevision::number).orElse(null),
        source.revision(),
        RevisionDiff.between(since.map(ItemRevision::contentJson).orElse(NOTHING), current));
  }

  /** The item's revision that was the working copy at {@code time}: the last one made by then. */
  private Optional<ItemRevision> revisionAt(long itemId, Instant time) {
    return revisions.ofItem(itemId).stream().filter(r -> !r.createdAt().isAfter(time)).findFirst();
  }

  /** Makes revision {@code number} the working copy again, as a new revision. */
  public ItemView restore(long itemId, int number, Integer version) {
    ItemRevision revision = require(itemId, number);
    return content.replaceContent(
        itemId, revision.content(), version, "restored revision " + number);
  }

  private ItemRevision require(long itemId, int number) {
    return revisions
        .find(itemId, number)
        .orElseThrow(() -> new UnknownRevisionException(itemId, number));
  }
}
