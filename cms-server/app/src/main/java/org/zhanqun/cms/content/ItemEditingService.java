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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;
import org.zhanqun.cms.infrastructure.error.StaleVersionException;
import org.zhanqun.cms.security.AccessDeniedException;
import org.zhanqun.cms.security.Caller;
import org.zhanqun.cms.security.CurrentCaller;
import org.zhanqun.cms.security.SiteGrant;
import org.zhanqun.cms.site.Site;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Language;

/**
 * Editors' use cases of working copies: create, read, change, restore, translate and delete items,
 * list them in any status, preview them, and the work queues of the console. Every content change
 * is one new revision, announced as {@link ItemSaved} in the same transaction. A change carrying a
 * version other than the stored one fails with 409 and the current state.
 */
@ApplicationScoped
@Transactional
public class ItemEditingService {

  private static final DateTimeFormatter SLUG_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final SecureRandom random = new SecureRandom();

  @Inject ContentRepository repository;
  @Inject ItemRevisions revisions;
  @Inject ItemValidator validator;
  @Inject ItemViews views;
  @Inject SiteService sites;
  @Inject CurrentCaller currentCaller;
  @Inject Event<ItemDeleted> deleted;
  @Inject Clock clock;

  /**
   * Creates a draft; a translation is a new item with another item's translation key and a language
   * of its own.
   */
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
      errors.add("language", notOffered(site, language.get()));
    }
    if (type.isEmpty()) {
      errors.throwIfAny();
    }
    Instant now = clock.instant();
    ItemContent content =
        validator.content(request, site, type.get(), generatedSlug(now), caller, Set.of(), errors);
    errors.throwIfAny();
    revisions.requireUnique(content, site.id(), language.get().tag(), null, null);
    ContentItem item =
        new ContentItem(site.id(), type.get(), language.get(), content, caller.username(), now);
    revisions.add(item, content, caller.username(), now, "created");
    return views.editorial(item, caller);
  }

  /** The item's working copy for a caller who may read it, or 404, or 403. */
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
    revisions.requireUnique(
        content,
        item.siteId(),
        item.language().tag(),
        item.id(),
        () -> views.editorial(item, caller));
    revisions.edit(item, content, caller.username(), clock.instant(), note);
    return views.editorial(item, caller);
  }

  /**
   * Makes {@code content} the item's working copy as a new revision; used by restore.
   *
   * @param note why, recorded with the revision
   */
  public ItemView replaceContent(long id, ItemContent content, Integer version, String note) {
    ContentItem item = requireItem(id);
    ItemRequest request = ItemRequest.of(content, null, null, null, version);
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

  /**
   * Items for editors: any status, from the sites the caller may read, latest change first unless
   * another order is asked; 403 for a site filter naming a site the caller may not read.
   */
  public ItemPage<ItemView> list(ItemFilters filters) {
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
    ItemPage<ContentItem> page =
        repository.list(filters.query(sitesToList, false, ItemSort.LATEST_CHANGE));
    return new ItemPage<>(
        views.editorial(page.items(), caller), page.page(), page.size(), page.total());
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
        throw new InvalidInputException("language", notOffered(site, language.get()));
      }
    }
    return new MarkdownPreviewView(views.toSafeHtml(request.body()));
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

  private ContentItem requireItem(long id) {
    return repository.find(id).orElseThrow(() -> new UnknownItemException(id));
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

  private static String notOffered(Site site, Language language) {
    return "site " + site.id() + " does not offer " + language + "; it offers " + site.languages();
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
}
