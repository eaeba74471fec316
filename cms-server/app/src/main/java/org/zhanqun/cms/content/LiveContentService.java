package org.zhanqun.cms.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.zhanqun.cms.attachment.AttachmentService;
import org.zhanqun.cms.attachment.FileDownload;

/**
 * The live read model: items as readers see them, each at its published revision. The public API
 * reads it (needing no login, through {@link PublishedContentCache}); publication, search indexing
 * and export read whole live items from it. Writes nothing; a working copy never shows here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LiveContentService {

  @Inject ContentRepository repository;
  @Inject ItemViews views;
  @Inject AttachmentService attachments;
  @Inject PublishedContentCache publishedCache;

  /** Live items for the public, newest publication first unless another order is asked. */
  public ItemPage<PublishedItemSummary> listPublished(ItemFilters filters) {
    return publishedCache.get(
        filters,
        () ->
            repository.listLive(
                filters.query(
                    filters.site() == null ? null : Set.of(filters.site()),
                    true,
                    ItemSort.NEWEST_PUBLICATION)));
  }

  /** A live item for the public, or 404 (also for items that exist but are not live). */
  public PublishedItemView published(long id) {
    return publishedCache.get(
        "item " + id,
        () ->
            repository
                .find(id)
                .flatMap(views::published)
                .orElseThrow(() -> new UnknownItemException(id)));
  }

  /** The file a live form item offers, or 404. */
  public FileDownload publishedFile(long id) {
    long fileId = repository.liveFileId(id).orElseThrow(() -> new UnknownItemException(id));
    return attachments.downloadForPublication(fileId);
  }

  /** Every live item with its published content, in one query: for export and publication. */
  public List<LiveItem> liveItems() {
    return repository.liveItems();
  }

  /**
   * The live ones among {@code ids}, as {@link #liveItems()} gives them: for the publisher and
   * search indexing.
   */
  public List<LiveItem> liveItems(Collection<Long> ids) {
    return repository.liveItems(ids);
  }

  /**
   * Column, slug, translation key and publication times of every live item, in one narrow query:
   * what column dates need.
   */
  public List<LiveItemDates> liveItemDates() {
    return repository.liveItemDates();
  }
}
