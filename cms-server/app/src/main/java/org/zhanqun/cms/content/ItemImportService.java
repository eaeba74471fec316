package org.zhanqun.cms.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;
import org.zhanqun.cms.site.ImportOutcome;
import org.zhanqun.cms.site.Site;
import org.zhanqun.cms.site.SiteService;

/**
 * Stores the items of an imported content folder (org.zhanqun.cms.exchange reads the folder and
 * checks the rights): creates or changes each, publishes it with the file's times, and announces
 * each as {@link ItemImported}. Checks no rights.
 */
@ApplicationScoped
@Transactional
public class ItemImportService {

  @Inject ContentRepository repository;
  @Inject ItemValidator validator;
  @Inject SiteService sites;
  @Inject ItemRevisions revisions;
  @Inject ItemViews views;
  @Inject Event<LiveContentChanged> liveChanged;
  @Inject Event<ItemImported> importedEvent;
  @Inject Clock clock;

  /**
   * Stores one item of an imported content folder (org.zhanqun.cms.exchange; the caller checked the
   * rights and the folder): creates it, or changes the item with the same site, translation key and
   * language. Unless it is a draft it is then published with the file's times. An item that is
   * already live with this content and these times is left untouched: no revision, no workflow
   * step. A draft only replaces the working copy; a live revision stays live.
   *
   * @throws DuplicateItemException when another item holds its slug or 索引号
   */
  public ItemImportResult importItem(ItemImport imported, String actor) {
    Site site =
        sites
            .findSite(imported.siteId())
            .orElseThrow(() -> new InvalidInputException("site", "no site " + imported.siteId()));
    FieldErrors errors = new FieldErrors();
    ItemContent content =
        validator.imported(imported.content(), site, imported.type(), imported.language(), errors);
    errors.throwIfAny();
    Optional<ContentItem> existing =
        repository.findVersion(
            imported.siteId(), content.translationKey(), imported.language().tag());
    if (existing.isPresent()
        && (imported.draft()
            ? content.equals(existing.get().content())
            : existing
                .get()
                .isPublishedAs(content, imported.firstPublishedAt(), imported.lastPublishedAt()))) {
      return new ItemImportResult(existing.get().id(), ImportOutcome.UNCHANGED);
    }
    revisions.requireUnique(
        content,
        imported.siteId(),
        imported.language().tag(),
        existing.map(ContentItem::id).orElse(null),
        null);
    Instant now = clock.instant();
    ContentItem item;
    String fromStatus = null;
    if (existing.isEmpty()) {
      item =
          new ContentItem(
              imported.siteId(), imported.type(), imported.language(), content, actor, now);
      revisions.add(item, content, actor, now, "imported");
    } else {
      item = existing.get();
      fromStatus = item.status().code();
      revisions.edit(item, content, actor, now, "imported");
    }
    if (!imported.draft()) {
      item.publishImported(
          imported.firstPublishedAt(), imported.lastPublishedAt(), actor, now, views::toSafeHtml);
      repository.flush();
      liveChanged.fire(new LiveContentChanged(item.id(), "import"));
    }
    importedEvent.fire(
        new ItemImported(
            item.id(),
            item.siteId(),
            fromStatus,
            item.status().code(),
            actor,
            now,
            imported.draft() ? null : imported.firstPublishedAt(),
            imported.findings()));
    return new ItemImportResult(
        item.id(), existing.isEmpty() ? ImportOutcome.CREATED : ImportOutcome.UPDATED);
  }

  /**
   * Ends a batch of a long import: writes it and empties the persistence context, which would
   * otherwise make every later write of the transaction slower (see the repository).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void endImportBatch() {
    repository.flushAndDetachAll();
  }

  /** Whether any item exists, in any status: an import at start-up fills an empty database only. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean hasItems() {
    return repository.hasItems();
  }
}
