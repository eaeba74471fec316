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
import org.zhanqun.cms.content.guide.GuideCompleteness;
import org.zhanqun.cms.infrastructure.error.FieldError;
import org.zhanqun.cms.security.Caller;
import org.zhanqun.cms.site.ContentType;
import org.zhanqun.cms.site.Language;
import org.zhanqun.cms.site.SiteService;

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
    ItemContent content = item.content();
    List<TranslationView> group = translations(item);
    boolean outdated = group.stream().anyMatch(t -> t.id() == item.id() && t.outdated());
    List<FieldError> warnings = new ArrayList<>();
    if (content.guide() != null) {
      GuideCompleteness.missing(content.guide())
          .forEach(
              element ->
                  warnings.add(
                      new FieldError(
                          "guide." + element.field(),
                          element.name() + " is missing: the guide is incomplete")));
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
            : outgoing(content.interpretation().interprets(), viewer),
        item.type() == ContentType.POLICY
            ? incoming(repository.interpretationsOf(item.id()), viewer)
            : List.of(),
        content.guide(),
        content.guide() == null || content.guide().forms() == null
            ? List.of()
            : outgoing(content.guide().forms(), viewer),
        file,
        item.type() == ContentType.FORM
            ? incoming(repository.guidesUsing(item.id()), viewer)
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
        liveUrls.of(item).orElse(null));
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
  private List<TranslationView> translations(ContentItem item) {
    List<ContentItem> group = repository.translationGroup(item.siteId(), item.translationKey());
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
  private List<ItemRef> outgoing(List<Long> ids, Caller viewer) {
    Map<Long, ContentItem> found =
        repository.findAll(ids.stream().filter(Objects::nonNull).distinct().toList()).stream()
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
}
