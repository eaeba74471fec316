package org.zhanqun.cms.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhanqun.builder.markdown.MarkdownRenderer;
import org.zhanqun.cms.attachment.AttachmentService;
import org.zhanqun.cms.attachment.FileView;
import org.zhanqun.cms.infrastructure.error.FieldError;
import org.zhanqun.cms.security.Caller;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Language;

/**
 * Builds what the API shows of an item: the editors' view of the working copy with its links,
 * translations and warnings, and the public view of the live revision with its body as sanitised
 * HTML. One Markdown renderer, built once.
 */
@ApplicationScoped
class ItemViews {

  private final MarkdownRenderer markdown = new MarkdownRenderer();

  /** The one way a body becomes HTML for readers: Markdown, then the safelist. */
  String toSafeHtml(String markdownBody) {
    return markdown.toSafeHtml(markdownBody);
  }

  @Inject ContentRepository repository;
  @Inject SiteService sites;
  @Inject AttachmentService attachments;
  @Inject LiveUrls liveUrls;

  /**
   * The working copy as {@code viewer} sees it. Linked items of sites the viewer may not read are
   * shown by their live title only: such an item that is not live appears as {@link
   * ItemRef#unavailable} among the item's own references (so that its editors see the broken link)
   * and not at all among the items that link here.
   */
  ItemView editorial(ContentItem item, Caller viewer) {
    return editorial(item, viewer, new OneByOne());
  }

  /**
   * The working copies of a list page as {@code viewer} sees them, as {@link
   * #editorial(ContentItem, Caller)} shows each, with a fixed number of queries whatever the page's
   * size: the translation groups, the links to and from the items and the linked items are read for
   * the whole page at once.
   */
  List<ItemView> editorial(List<ContentItem> items, Caller viewer) {
    if (items.isEmpty()) {
      return List.of();
    }
    Lookup lookup = new PageLookup(items);
    return items.stream().map(item -> editorial(item, viewer, lookup)).toList();
  }

  private ItemView editorial(ContentItem item, Caller viewer, Lookup lookup) {
    ItemContent content = item.content();
    List<TranslationView> group = translations(item, lookup);
    boolean outdated = group.stream().anyMatch(t -> t.id() == item.id() && t.outdated());
    List<FieldError> warnings = new ArrayList<>();
    if (content.guide() != null) {
      content
          .guide()
          .missingElements()
          .forEach(
              element ->
                  warnings.add(
                      new FieldError(
                          "guide." + element.field(),
                          element.standardName() + " is missing: the guide is incomplete")));
    }
    FileView file =
        content.form() == null || content.form().fileId() == null
            ? null
            : attachments.metadata(content.form().fileId()).orElse(null);
    return new ItemView(
        item.id(),
        item.siteId(),
        content.column(),
        item.type().code(),
        item.language().tag(),
        content.translationKey(),
        content.slug(),
        content.title(),
        content.summary(),
        content.body(),
        content.source(),
        content.tags(),
        content.policy(),
        content.interpretation() == null ? null : content.interpretation().form(),
        content.interpretation() == null
            ? List.of()
            : outgoing(content.interpretation().interprets(), viewer, lookup),
        item.type() == ContentType.POLICY
            ? incoming(lookup.interpretationsOf(item.id()), viewer)
            : List.of(),
        content.guide(),
        content.guide() == null || content.guide().forms() == null
            ? List.of()
            : outgoing(content.guide().forms(), viewer, lookup),
        file,
        item.type() == ContentType.FORM
            ? incoming(lookup.guidesUsing(item.id()), viewer)
            : List.of(),
        item.status().code(),
        item.isLive(),
        item.liveRevision(),
        item.revision(),
        item.version(),
        item.createdAt(),
        item.createdBy(),
        item.updatedAt(),
        item.updatedBy(),
        item.contentChangedAt(),
        item.firstPublishedAt(),
        item.lastPublishedAt(),
        item.scheduledAt(),
        outdated,
        group.stream().filter(t -> t.id() != item.id()).toList(),
        warnings,
        liveUrls.of(item).orElse(null),
        null);
  }

  /** The live revision for readers; empty when the item is not live. */
  Optional<PublishedItemView> published(ContentItem item) {
    Optional<ItemContent> live = item.liveContent();
    if (live.isEmpty()) {
      return Optional.empty();
    }
    ItemContent content = live.get();
    PublishedItemView.Download download = null;
    if (content.form() != null && content.form().fileId() != null) {
      download =
          attachments
              .metadata(content.form().fileId())
              .map(
                  file ->
                      new PublishedItemView.Download(
                          "/api/v1/public/items/" + item.id() + "/file",
                          file.fileName(),
                          file.contentType(),
                          file.size(),
                          file.sha256()))
              .orElse(null);
    }
    return Optional.of(
        new PublishedItemView(
            item.id(),
            item.siteId(),
            content.column(),
            item.type().code(),
            item.language().tag(),
            content.translationKey(),
            content.slug(),
            content.title(),
            content.summary(),
            item.liveBodyHtml().orElse(""),
            content.source(),
            content.tags(),
            content.policy(),
            content.interpretation() == null ? null : content.interpretation().form(),
            content.interpretation() == null
                ? List.of()
                : refs(repository.findAll(content.interpretation().interprets()), true),
            item.type() == ContentType.POLICY
                ? refs(repository.interpretationsOf(item.id()), true)
                : List.of(),
            content.guide(),
            content.guide() == null || content.guide().forms() == null
                ? List.of()
                : refs(repository.findAll(content.guide().forms()), true),
            download,
            refs(
                repository.translationGroup(item.siteId(), item.translationKey()).stream()
                    .filter(t -> !t.id().equals(item.id()))
                    .toList(),
                true),
            item.firstPublishedAt(),
            item.lastPublishedAt()));
  }

  /**
   * Every language version of the item with its outdated flag. The source is the version in the
   * site's first language; a version is outdated when the source's content changed after its own.
   */
  private List<TranslationView> translations(ContentItem item, Lookup lookup) {
    List<ContentItem> group = lookup.translationGroup(item);
    Optional<ContentItem> source = source(item.siteId(), group);
    return group.stream()
        .sorted(Comparator.comparing((ContentItem t) -> t.language().tag()))
        .map(
            t ->
                new TranslationView(
                    t.id(),
                    t.language().tag(),
                    t.title(),
                    t.status().code(),
                    t.isLive(),
                    source.isPresent()
                        && !source.get().id().equals(t.id())
                        && source.get().contentChangedAt().isAfter(t.contentChangedAt()),
                    t.contentChangedAt()))
        .toList();
  }

  /**
   * The source-language version of the item's translation group: the version in the site's first
   * language; empty when the group has none. May be the item itself.
   */
  Optional<ContentItem> source(ContentItem item) {
    return source(item.siteId(), repository.translationGroup(item.siteId(), item.translationKey()));
  }

  private Optional<ContentItem> source(String siteId, List<ContentItem> group) {
    List<Language> languages = sites.requireSite(siteId).languages();
    return languages.isEmpty()
        ? Optional.empty()
        : group.stream().filter(t -> t.language().equals(languages.get(0))).findFirst();
  }

  /** Every id the item refers to, each as the viewer may see it, by id. */
  private List<ItemRef> outgoing(List<Long> ids, Caller viewer, Lookup lookup) {
    Map<Long, ContentItem> found =
        lookup.findAll(ids.stream().filter(Objects::nonNull).distinct().toList()).stream()
            .collect(Collectors.toMap(ContentItem::id, Function.identity()));
    return ids.stream()
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .map(
            id ->
                Optional.ofNullable(found.get(id))
                    .flatMap(target -> visible(target, viewer))
                    .orElse(ItemRef.unavailable(id)))
        .toList();
  }

  /** The items that refer to this one, those the viewer may not see left out, by id. */
  private static List<ItemRef> incoming(List<ContentItem> items, Caller viewer) {
    return items.stream()
        .sorted(Comparator.comparing(ContentItem::id))
        .map(i -> visible(i, viewer))
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * The item as the viewer may see it: its working copy when the viewer reads its site
   * (administrators, evaluators, the site's editors and reviewers), else its live revision; empty
   * when it is neither.
   */
  private static Optional<ItemRef> visible(ContentItem item, Caller viewer) {
    if (viewer.administrator() || viewer.evaluator() || viewer.canEdit(item.siteId())) {
      return Optional.of(ItemRef.of(item));
    }
    return ItemRef.ofLive(item);
  }

  private static List<ItemRef> refs(List<ContentItem> items, boolean liveOnly) {
    return items.stream()
        .sorted(Comparator.comparing(ContentItem::id))
        .map(i -> liveOnly ? ItemRef.ofLive(i) : Optional.of(ItemRef.of(i)))
        .flatMap(Optional::stream)
        .toList();
  }

  /** Where the editors' view reads the items an item is linked with. */
  private interface Lookup {
    List<ContentItem> translationGroup(ContentItem item);

    List<ContentItem> interpretationsOf(long policyId);

    List<ContentItem> guidesUsing(long formId);

    List<ContentItem> findAll(List<Long> ids);
  }

  /** For one item: a query each. */
  private final class OneByOne implements Lookup {
    @Override
    public List<ContentItem> translationGroup(ContentItem item) {
      return repository.translationGroup(item.siteId(), item.translationKey());
    }

    @Override
    public List<ContentItem> interpretationsOf(long policyId) {
      return repository.interpretationsOf(policyId);
    }

    @Override
    public List<ContentItem> guidesUsing(long formId) {
      return repository.guidesUsing(formId);
    }

    @Override
    public List<ContentItem> findAll(List<Long> ids) {
      return repository.findAll(ids);
    }
  }

  /**
   * For a page of items: reads every translation group, incoming link and linked item of the page
   * up front, in at most four queries.
   */
  private final class PageLookup implements Lookup {
    private final Map<String, List<ContentItem>> groups;
    private final Map<Long, List<Long>> interpretations;
    private final Map<Long, List<Long>> guides;
    private final Map<Long, ContentItem> linked;

    PageLookup(List<ContentItem> page) {
      groups =
          repository.translationGroups(page).stream()
              .collect(Collectors.groupingBy(i -> groupKey(i.siteId(), i.translationKey())));
      List<Long> policies =
          page.stream().filter(i -> i.type() == ContentType.POLICY).map(ContentItem::id).toList();
      List<Long> forms =
          page.stream().filter(i -> i.type() == ContentType.FORM).map(ContentItem::id).toList();
      interpretations = repository.interpretationLinks(policies);
      guides = repository.guideLinks(forms);
      java.util.Set<Long> ids = new java.util.HashSet<>();
      interpretations.values().forEach(ids::addAll);
      guides.values().forEach(ids::addAll);
      for (ContentItem item : page) {
        ItemContent content = item.content();
        if (content.interpretation() != null && content.interpretation().interprets() != null) {
          ids.addAll(content.interpretation().interprets());
        }
        if (content.guide() != null && content.guide().forms() != null) {
          ids.addAll(content.guide().forms());
        }
      }
      ids.remove(null);
      linked =
          repository.findAll(List.copyOf(ids)).stream()
              .collect(Collectors.toMap(ContentItem::id, Function.identity()));
    }

    private static String groupKey(String site, String translationKey) {
      return site + "\n" + translationKey;
    }

    @Override
    public List<ContentItem> translationGroup(ContentItem item) {
      return groups.getOrDefault(groupKey(item.siteId(), item.translationKey()), List.of(item));
    }

    @Override
    public List<ContentItem> interpretationsOf(long policyId) {
      return resolved(interpretations.getOrDefault(policyId, List.of()));
    }

    @Override
    public List<ContentItem> guidesUsing(long formId) {
      return resolved(guides.getOrDefault(formId, List.of()));
    }

    @Override
    public List<ContentItem> findAll(List<Long> ids) {
      return resolved(ids);
    }

    private List<ContentItem> resolved(List<Long> ids) {
      return ids.stream().map(linked::get).filter(Objects::nonNull).toList();
    }
  }
}
