package org.zhanqun.cms.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.cms.attachment.AttachmentService;
import org.zhanqun.cms.attachment.FileDownload;
import org.zhanqun.cms.infrastructure.error.FieldError;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;
import org.zhanqun.cms.infrastructure.error.StaleVersionException;
import org.zhanqun.cms.infrastructure.error.StrictValues;
import org.zhanqun.cms.security.AccessDeniedException;
import org.zhanqun.cms.security.Caller;
import org.zhanqun.cms.security.CurrentCaller;
import org.zhanqun.cms.security.SiteGrant;
import org.zhanqun.cms.site.ImportOutcome;
import org.zhanqun.cms.site.Site;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Language;

/**
 * The use cases of content items: create, read, change, delete and list them for editors; read live
 * items for the public; and the content side of workflow transitions and restores. Every content
 * change is one new revision, announced as {@link ItemSaved} in the same transaction. A change
 * carrying a version other than the stored one fails with 409 and the current state.
 */
@ApplicationScoped
@Transactional
public class ContentService {

  private static final int MAX_PAGE_SIZE = 100;
  private static final int MAX_TEXT_FILTER = 100;
  private static final DateTimeFormatter SLUG_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final SecureRandom random = new SecureRandom();

  @Inject ContentRepository repository;
  @Inject ItemValidator validator;
  @Inject ItemViews views;
  @Inject SiteService sites;
  @Inject AttachmentService attachments;
  @Inject CurrentCaller currentCaller;
  @Inject Event<ItemSaved> saved;
  @Inject Event<ItemDeleted> deleted;
  @Inject Event<LiveContentChanged> liveChanged;
  @Inject Event<ItemImported> importedEvent;
  @Inject PublishedContentCache publishedCache;
  @Inject Clock clock;

  public ItemView create(ItemRequest request) {
    FieldErrors errors = new FieldErrors();
    if (request.site() == null) {
      errors.add("site", "is required: the site's id");
    }
    if (request.type() == null) {
      errors.add("type", "is required: one of " + ContentType.codes());
    }
    if (request.language() == null) {
      errors.add("language", "is required, e.g. zh-CN");
    }
    errors.throwIfAny();
    Site site =
        sites
            .findSite(request.site())
            .orElseThrow(() -> new InvalidInputException("site", "no site " + request.site()));
    Caller caller = currentCaller.requireEditor(site.id());
    Optional<ContentType> type = ContentType.fromCode(request.type());
    if (type.isEmpty()) {
      errors.add("type", "unknown type '" + request.type() + "'; one of " + ContentType.codes());
    }
    Optional<Language> language = Language.parse(request.language()).value();
    if (language.isEmpty()) {
      errors.add("language", Language.parse(request.language()).reason().orElseThrow());
    } else if (!site.offers(language.get())) {
      errors.add(
          "language",
          "site "
              + site.id()
              + " does not offer "
              + language.get()
              + "; it offers "
              + site.languages());
    }
    if (type.isEmpty()) {
      errors.throwIfAny();
    }
    Instant now = clock.instant();
    ItemContent content =
        validator.content(request, site, type.get(), generatedSlug(now), caller, Set.of(), errors);
    errors.throwIfAny();
    requireUnique(content, site.id(), language.get().tag(), null, null);
    ContentItem item =
        new ContentItem(site.id(), type.get(), language.get(), content, caller.username(), now);
    repository.add(item);
    linkReferences(item, content);
    saved.fire(
        new ItemSaved(item.id(), item.revision(), content, caller.username(), now, "created"));
    return views.editorial(item, caller);
  }

  public ItemView get(long id) {
    ContentItem item = requireItem(id);
    return views.editorial(item, requireReader(item));
  }

  public ItemView change(long id, ItemRequest request) {
    return change(id, request, null);
  }

  /**
   * Validates {@code request} as an edit of the item, as every change is: a restored revision may
   * name a column, file or policy that is gone, and is refused like any other request then.
   */
  private ItemView change(long id, ItemRequest request, String note) {
    ContentItem item = requireItem(id);
    Caller caller = currentCaller.requireEditor(item.siteId());
    FieldErrors errors = new FieldErrors();
    immutable("site", request.site(), item.siteId(), errors);
    immutable("type", request.type(), item.type().code(), errors);
    if (request.language() != null
        && !Language.parse(request.language()).value().equals(Optional.of(item.language()))) {
      errors.add("language", "an item's language cannot change (" + item.language() + ")");
    }
    errors.throwIfAny();
    StaleVersionException.requireCurrent(
        "item " + id, request.version(), item.version(), views.editorial(item, caller));
    Site site = sites.requireSite(item.siteId());
    ItemRequest keepingSlug =
        withSlug(
            request,
            request.slug() == null ? item.slug() : request.slug(),
            request.translationKey() == null ? item.translationKey() : request.translationKey());
    ItemContent content =
        validator.content(
            keepingSlug,
            site,
            item.type(),
            item.slug(),
            caller,
            references(item.content()),
            errors);
    errors.throwIfAny();
    return save(item, content, caller, note);
  }

  /**
   * Makes {@code content} the item's working copy as a new revision; used by restore.
   *
   * @param note why, recorded with the revision
   */
  public ItemView replaceContent(long id, ItemContent content, Integer version, String note) {
    ContentItem item = requireItem(id);
    ItemRequest request =
        new ItemRequest(
            null,
            content.column(),
            null,
            null,
            content.translationKey(),
            content.slug(),
            content.title(),
            content.summary(),
            content.body(),
            content.source(),
            content.tags(),
            content.policy(),
            content.interpretation(),
            content.guide(),
            content.form(),
            version);
    return change(item.id(), request, note);
  }

  /**
   * Deletes an item that is not live or scheduled. Items of its own site that refer to it keep it
   * (409: their editors change them first); references from other sites' items do not: they could
   * only be made while it was live (or by an editor of both sites), so they are dropped, and their
   * items show the reference as {@link ItemRef#unavailable} to their own editors.
   */
  public void delete(long id, Integer version) {
    ContentItem item = requireItem(id);
    Caller caller = currentCaller.requireEditor(item.siteId());
    StaleVersionException.requireCurrent(
        "item " + id, version, item.version(), views.editorial(item, caller));
    if (item.isLive() || item.status() == ItemStatus.SCHEDULED) {
      throw new UndeletableItemException(
          id, "it is live or scheduled; withdraw it first", views.editorial(item, caller));
    }
    long links = repository.countLinksFromSite(id, item.siteId());
    if (links > 0) {
      throw new UndeletableItemException(
          id,
          "referenced by " + links + " interpretations or guides of its site",
          views.editorial(item, caller));
    }
    repository.dropLinksTo(id);
    deleted.fire(
        new ItemDeleted(id, item.siteId(), item.title(), caller.username(), clock.instant()));
    repository.remove(item);
  }

  /** Items for editors: any status, from the sites the caller may read. */
  public ItemPage<ItemView> list(ListFilters filters) {
    Caller caller = currentCaller.require();
    Set<String> readable = null;
    if (!caller.administrator() && !caller.evaluator()) {
      readable = caller.grants().stream().map(SiteGrant::siteId).collect(Collectors.toSet());
    }
    Set<String> sitesToList = readable;
    if (filters.site() != null) {
      if (readable != null && !readable.contains(filters.site())) {
        throw new AccessDeniedException(caller.username(), "read site " + filters.site());
      }
      sitesToList = Set.of(filters.site());
    }
    ItemQuery query = query(filters, sitesToList, false);
    ItemPage<ContentItem> page = repository.list(query);
    return new ItemPage<>(
        views.editorial(page.items(), caller), page.page(), page.size(), page.total());
  }

  /** Live items for the public; needs no login. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ItemPage<PublishedItemSummary> listPublished(ListFilters filters) {
    if (filters.status() != null) {
      throw new InvalidInputException("status", "the public list shows published items only");
    }
    return publishedCache.get(
        filters,
        () -> {
          ItemQuery query =
              query(filters, filters.site() == null ? null : Set.of(filters.site()), true);
          return repository.listLive(query);
        });
  }

  /** A live item for the public, or 404 (also for items that exist but are not live). */
  @Transactional(Transactional.TxType.SUPPORTS)
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
  @Transactional(Transactional.TxType.SUPPORTS)
  public FileDownload publishedFile(long id) {
    long fileId = repository.liveFileId(id).orElseThrow(() -> new UnknownItemException(id));
    return attachments.downloadForPublication(fileId);
  }

  /**
   * Moves the item through the workflow, checking the version the caller read when one is given.
   * Rights are the workflow's concern; this only keeps the item consistent.
   */
  public ItemView transition(
      long id, WorkflowAction action, Caller actor, Instant at, Integer version) {
    ContentItem item = requireItem(id);
    if (version != null) {
      StaleVersionException.requireCurrent(
          "item " + id, version, item.version(), views.editorial(item, actor));
    }
    boolean wasLive = item.isLive();
    Integer liveRevision = item.liveRevision();
    try {
      item.apply(action, actor.username(), clock.instant(), at, views::toSafeHtml);
    } catch (IllegalTransitionException e) {
      throw e.showing(views.editorial(item, actor));
    }
    repository.flush();
    if (wasLive != item.isLive() || !Objects.equals(liveRevision, item.liveRevision())) {
      liveChanged.fire(new LiveContentChanged(id, action.code()));
    }
    return views.editorial(item, actor);
  }

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
    ItemContent content = imported.content();
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
    if (UrlScheme.RESERVED_SLUGS.contains(content.slug())) {
      throw new InvalidInputException(
          "slug",
          "'"
              + content.slug()
              + "' is reserved: the published site writes a file of that name itself");
    }
    requireUnique(
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
      repository.add(item);
      linkReferences(item, content);
      saved.fire(new ItemSaved(item.id(), item.revision(), content, actor, now, "imported"));
    } else {
      item = existing.get();
      fromStatus = item.status().code();
      if (item.edit(content, actor, now)) {
        repository.flush();
        linkReferences(item, content);
        saved.fire(new ItemSaved(item.id(), item.revision(), content, actor, now, "imported"));
      }
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
            imported.draft() ? null : imported.firstPublishedAt()));
    return new ItemImportResult(
        item.id(), existing.isEmpty() ? ImportOutcome.CREATED : ImportOutcome.UPDATED);
  }

  /**
   * A Markdown body as the public page's body would show it, rendered by the one renderer that
   * renders published bodies; for the site's editors and reviewers.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public MarkdownPreviewView previewMarkdown(MarkdownPreviewRequest request) {
    Site site =
        sites
            .findSite(request.site())
            .orElseThrow(() -> new InvalidInputException("site", "no site " + request.site()));
    currentCaller.requireEditor(site.id());
    if (request.language() != null) {
      Optional<Language> language = Language.parse(request.language()).value();
      if (language.isEmpty()) {
        throw new InvalidInputException(
            "language", Language.parse(request.language()).reason().orElseThrow());
      }
      if (!site.offers(language.get())) {
        throw new InvalidInputException(
            "language",
            "site "
                + site.id()
                + " does not offer "
                + language.get()
                + "; it offers "
                + site.languages());
      }
    }
    return new MarkdownPreviewView(views.toSafeHtml(request.body()));
  }

  /**
   * The first {@code limit} items of the site in the status, newest change first, and their count;
   * the caller has checked the rights.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ItemSummaries inStatus(String siteId, ItemStatus status, int limit) {
    return repository.inStatus(siteId, status, limit);
  }

  /** The items by id, in the order of {@code ids}; ids of no item are left out. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ItemSummary> summaries(List<Long> ids) {
    return repository.summaries(ids);
  }

  /**
   * The site's translations whose source-language version changed after they were last saved (what
   * {@link ItemView#outdated()} says of each): the first {@code limit}, newest change first, and
   * their count. The source is the version in the site's first language.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ItemSummaries outdatedTranslations(String siteId, int limit) {
    List<Language> languages = sites.requireSite(siteId).languages();
    if (languages.size() < 2) {
      return new ItemSummaries(List.of(), 0);
    }
    List<Long> ids = repository.outdatedTranslations(siteId, languages.get(0).tag());
    return new ItemSummaries(
        repository.summaries(ids.subList(0, Math.min(limit, ids.size()))), ids.size());
  }

  /**
   * Column, slug, translation key and publication times of every live item, in one narrow query:
   * what column dates need.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<LiveItemDates> liveItemDates() {
    return repository.liveItemDates();
  }

  /** Whether any item exists, in any status. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean hasItems() {
    return repository.hasItems();
  }

  /** Every live item with its published content, in one query: for export and publication. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<LiveItem> liveItems() {
    return repository.liveItems();
  }

  /**
   * The live ones among {@code ids}, as {@link #liveItems()} gives them: for the publisher and
   * search indexing.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<LiveItem> liveItems(Collection<Long> ids) {
    return repository.liveItems(ids);
  }

  /**
   * Ends a batch of a long import: writes it and empties the persistence context, which would
   * otherwise make every later write of the transaction slower (see the repository).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void endImportBatch() {
    repository.flushAndDetachAll();
  }

  /** Up to {@code limit} live items with an id above {@code afterId}, by id: for reindexing. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<LiveItem> liveItemsAfter(long afterId, int limit) {
    return repository.liveItemsAfter(afterId, limit);
  }

  /**
   * The item's working copy as readers would see it if it were published now, for a preview; to
   * editors and reviewers of its site only.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public LiveItem workingCopyForPreview(long id) {
    ContentItem item = requireItem(id);
    currentCaller.requireEditor(item.siteId());
    return workingCopy(item);
  }

  /**
   * The same for the holder of a preview link, whose secret was checked instead of a login: no
   * rights are checked here.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public LiveItem workingCopyForPreviewLink(long id) {
    return workingCopy(requireItem(id));
  }

  private LiveItem workingCopy(ContentItem item) {
    Instant now = clock.instant();
    return new LiveItem(
        item.id(),
        item.siteId(),
        item.type(),
        item.language(),
        item.content(),
        item.firstPublishedAt() == null ? now : item.firstPublishedAt(),
        now);
  }

  /**
   * The item for a caller who may read it (administrators, evaluators, editors and reviewers of its
   * site), or 404, or 403.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ContentItem readableItem(long id) {
    ContentItem item = requireItem(id);
    requireReader(item);
    return item;
  }

  /**
   * The source-language version of the item's translation group (the version in its site's first
   * language, against which {@link ItemView#outdated} is computed); empty when the group has none.
   * May be the item itself.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ContentItem> translationSource(ContentItem item) {
    return views.source(item);
  }

  /** The item, whatever its status, or 404. */
  public ContentItem requireItem(long id) {
    return repository.find(id).orElseThrow(() -> new UnknownItemException(id));
  }

  /** The ids of scheduled items whose time has come, oldest due first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Long> dueForPublication(int limit) {
    return repository.dueForPublication(clock.instant(), limit);
  }

  /** Locks the item for this transaction if it is still due; false when it is not (any more). */
  public boolean lockIfDue(long id) {
    return repository.lockIfDue(id, clock.instant());
  }

  private ItemView save(ContentItem item, ItemContent content, Caller caller, String note) {
    requireUnique(
        content,
        item.siteId(),
        item.language().tag(),
        item.id(),
        () -> views.editorial(item, caller));
    Instant now = clock.instant();
    if (item.edit(content, caller.username(), now)) {
      repository.flush();
      linkReferences(item, content);
      saved.fire(new ItemSaved(item.id(), item.revision(), content, caller.username(), now, note));
    }
    return views.editorial(item, caller);
  }

  private void linkReferences(ContentItem item, ItemContent content) {
    if (content.interpretation() != null) {
      repository.replaceInterpretedPolicies(item.id(), content.interpretation().interprets());
    }
    if (content.guide() != null) {
      repository.replaceGuideForms(item.id(), content.guide().allForms());
    }
  }

  /**
   * @param current the view of the item being changed, for the 409's body; null for a new item
   */
  private void requireUnique(
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

  private Caller requireReader(ContentItem item) {
    Caller caller = currentCaller.require();
    if (!caller.administrator() && !caller.evaluator() && !caller.canEdit(item.siteId())) {
      throw new AccessDeniedException(caller.username(), "read items of site " + item.siteId());
    }
    return caller;
  }

  /** The ids of the items {@code content} refers to: policies interpreted, forms offered. */
  private static Set<Long> references(ItemContent content) {
    Set<Long> ids = new HashSet<>();
    if (content.interpretation() != null && content.interpretation().interprets() != null) {
      ids.addAll(content.interpretation().interprets());
    }
    if (content.guide() != null) {
      ids.addAll(content.guide().allForms());
    }
    ids.remove(null);
    return ids;
  }

  private ItemQuery query(ListFilters filters, Set<String> siteIds, boolean liveOnly) {
    FieldErrors errors = new FieldErrors();
    ContentType type = null;
    if (filters.type() != null) {
      type = ContentType.fromCode(filters.type()).orElse(null);
      if (type == null) {
        errors.add("type", "unknown type '" + filters.type() + "'; one of " + ContentType.codes());
      }
    }
    String language = null;
    if (filters.language() != null) {
      Optional<Language> parsed = Language.parse(filters.language()).value();
      if (parsed.isEmpty()) {
        errors.add("language", Language.parse(filters.language()).reason().orElseThrow());
      } else {
        language = parsed.get().tag();
      }
    }
    ItemStatus status = null;
    if (filters.status() != null) {
      status = ItemStatus.fromCode(filters.status()).orElse(null);
      if (status == null) {
        errors.add(
            "status",
            "unknown status '"
                + filters.status()
                + "'; one of draft, in_review, scheduled,"
                + " published, withdrawn");
      }
    }
    Instant since = null;
    if (filters.updatedSince() != null) {
      since = StrictValues.dateTime("updatedSince", filters.updatedSince(), errors);
    }
    String text = null;
    if (filters.q() != null) {
      text = filters.q().strip().toLowerCase(Locale.ROOT);
      int length = text.codePointCount(0, text.length());
      if (length < 1 || length > MAX_TEXT_FILTER) {
        errors.add(
            "q", "from 1 to " + MAX_TEXT_FILTER + " characters (not counting spaces around)");
      }
    }
    int page = filters.page() == null ? 1 : filters.page();
    int size = filters.size() == null ? 20 : filters.size();
    if (page < 1 || page > 100_000) {
      errors.add("page", "from 1 to 100000");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      errors.add("size", "from 1 to " + MAX_PAGE_SIZE);
    }
    String sort =
        filters.sort() == null ? (liveOnly ? "published,desc" : "updatedAt,desc") : filters.sort();
    String[] parts = sort.split(",", -1);
    ItemQuery.SortField field = null;
    for (ItemQuery.SortField candidate : ItemQuery.SortField.values()) {
      if (candidate.apiName.equals(parts[0])) {
        field = candidate;
      }
    }
    boolean descending = parts.length > 1 && parts[1].equals("desc");
    if (field == null
        || parts.length > 2
        || (parts.length == 2 && !parts[1].equals("asc") && !parts[1].equals("desc"))) {
      errors.add(
          "sort",
          "'"
              + sort
              + "': a field (updatedAt, createdAt, published, title, id), optionally"
              + " followed by ,asc or ,desc");
    }
    errors.throwIfAny();
    return new ItemQuery(
        siteIds,
        filters.column(),
        type,
        language,
        status,
        since,
        text,
        liveOnly,
        page,
        size,
        field,
        descending);
  }

  private String generatedSlug(Instant now) {
    byte[] suffix = new byte[3];
    random.nextBytes(suffix);
    return "item-" + SLUG_TIME.format(now) + "-" + HexFormat.of().formatHex(suffix);
  }

  private static void immutable(String field, String sent, String stored, FieldErrors errors) {
    if (sent != null && !sent.equals(stored)) {
      errors.add(field, "an item's " + field + " cannot change (" + stored + ")");
    }
  }

  private static ItemRequest withSlug(ItemRequest request, String slug, String translationKey) {
    return new ItemRequest(
        request.site(),
        request.column(),
        request.type(),
        request.language(),
        translationKey,
        slug,
        request.title(),
        request.summary(),
        request.body(),
        request.source(),
        request.tags(),
        request.policy(),
        request.interpretation(),
        request.guide(),
        request.form(),
        request.version());
  }

  /**
   * Filters and paging of a list request, as sent; validated into a query.
   *
   * @param updatedSince ISO date-time with offset
   * @param q text that title, slug, summary, 文号 or 索引号 contain, case-insensitive; 1 to 100
   *     characters
   * @param sort {@code field[,asc|desc]}
   */
  public record ListFilters(
      String site,
      Long column,
      String type,
      String language,
      String status,
      String updatedSince,
      String q,
      Integer page,
      Integer size,
      String sort) {}
}
