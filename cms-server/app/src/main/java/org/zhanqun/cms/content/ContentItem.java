package org.zhanqun.cms.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.zhanqun.cms.content.policy.InterpretationDetails;
import org.zhanqun.cms.infrastructure.persistence.JsonColumn;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.PolicyText;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Language;

/**
 * A content item in one language: its working copy ({@link ItemContent}), its workflow status, and
 * the published revision readers see while it is live.
 *
 * <p>Invariants: site, type and language never change. Every content change increments {@code
 * revision}. {@code firstPublishedAt} is set by the server at the first publication and never moves
 * afterwards, so a publication date can never be back-dated. {@code liveContent} is the content of
 * revision {@code liveRevision} and {@code liveBodyHtml} its body rendered then, all null while the
 * item is not live.
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "site_id", nullable = false, updatable = false)
  private String siteId;

  @Column(name = "column_id", nullable = false)
  private long columnId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ContentType type;

  @Column(nullable = false, updatable = false)
  private String language;

  @Column(name = "translation_key", nullable = false)
  private String translationKey;

  @Column(nullable = false)
  private String slug;

  @Column(nullable = false)
  private String title;

  private String summary;
  private String body;
  private String source;
  private String tags;

  @Column(name = "index_no")
  private String indexNo;

  private String details;

  @Column(name = "file_id")
  private Long fileId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ItemStatus status;

  @Column(nullable = false)
  private int revision;

  @Version private int version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "content_changed_at", nullable = false)
  private Instant contentChangedAt;

  @Column(name = "first_published_at")
  private Instant firstPublishedAt;

  @Column(name = "last_published_at")
  private Instant lastPublishedAt;

  @Column(name = "scheduled_at")
  private Instant scheduledAt;

  @Column(name = "live_revision")
  private Integer liveRevision;

  @Column(name = "live_content")
  private String liveContent;

  @Column(name = "live_body_html")
  private String liveBodyHtml;

  protected ContentItem() {}

  ContentItem(
      String siteId,
      ContentType type,
      Language language,
      ItemContent content,
      String author,
      Instant now) {
    this.siteId = siteId;
    this.type = type;
    this.language = language.tag();
    this.status = ItemStatus.DRAFT;
    this.revision = 1;
    this.createdAt = now;
    this.createdBy = author;
    this.updatedAt = now;
    this.updatedBy = author;
    this.contentChangedAt = now;
    write(content);
  }

  /**
   * Replaces the working copy. When the content differs, the revision advances and the working copy
   * becomes a draft (a changed text needs review again).
   *
   * @return whether anything changed
   */
  boolean edit(ItemContent content, String author, Instant now) {
    if (content.equals(content())) {
      return false;
    }
    write(content);
    revision++;
    status = status.after(WorkflowAction.EDIT, isLive()).orElseThrow();
    scheduledAt = null;
    updatedAt = now;
    updatedBy = author;
    contentChangedAt = now;
    return true;
  }

  /**
   * Moves the working copy through the workflow.
   *
   * @param at for {@link WorkflowAction#SCHEDULE}, when to publish; else ignored
   * @param toSafeHtml renders a Markdown body to sanitised HTML, for the revision that goes live
   * @throws IllegalTransitionException when the action is not allowed in the current status
   */
  void apply(
      WorkflowAction action,
      String actor,
      Instant now,
      Instant at,
      UnaryOperator<String> toSafeHtml) {
    ItemStatus next =
        status
            .after(action, isLive())
            .orElseThrow(() -> new IllegalTransitionException(id, status, action));
    switch (action) {
      case PUBLISH, PUBLISH_DUE -> {
        if (firstPublishedAt == null) {
          firstPublishedAt = now;
        }
        lastPublishedAt = now;
        liveRevision = revision;
        liveContent = JsonColumn.write(content());
        liveBodyHtml = toSafeHtml.apply(body);
        scheduledAt = null;
      }
      case SCHEDULE -> scheduledAt = Objects.requireNonNull(at);
      case WITHDRAW -> {
        liveRevision = null;
        liveContent = null;
        liveBodyHtml = null;
        scheduledAt = null;
      }
      case SEND_BACK -> scheduledAt = null;
      default -> {}
    }
    status = next;
    updatedAt = now;
    updatedBy = actor;
  }

  /**
   * Publishes the working copy as an import does: with the publication times of the imported file
   * instead of the present, whatever the status was. The one way publication times are set from
   * outside.
   */
  void publishImported(
      Instant firstPublished,
      Instant lastPublished,
      String actor,
      Instant now,
      UnaryOperator<String> toSafeHtml) {
    firstPublishedAt = firstPublished;
    lastPublishedAt = lastPublished;
    liveRevision = revision;
    liveContent = JsonColumn.write(content());
    liveBodyHtml = toSafeHtml.apply(body);
    scheduledAt = null;
    status = ItemStatus.PUBLISHED;
    updatedAt = now;
    updatedBy = actor;
  }

  /**
   * Whether the item is live with {@code content} as its working copy and its published revision,
   * published at these times: what an import of them would leave.
   */
  boolean isPublishedAs(ItemContent content, Instant firstPublished, Instant lastPublished) {
    return status == ItemStatus.PUBLISHED
        && isLive()
        && liveRevision == revision
        && Objects.equals(firstPublishedAt, firstPublished)
        && Objects.equals(lastPublishedAt, lastPublished)
        && content.equals(content())
        && liveContent().map(content::equals).orElse(false);
  }

  /** The working copy. */
  public ItemContent content() {
    ItemDetails parts =
        details == null ? ItemDetails.NONE : JsonColumn.read(details, ItemDetails.class);
    return new ItemContent(
        columnId,
        translationKey,
        slug,
        title,
        summary,
        body,
        source,
        readTags(tags),
        parts.policy(),
        parts.interpretation(),
        parts.guide(),
        parts.form());
  }

  /** The published body as sanitised HTML, rendered at publication; empty when not live. */
  public Optional<String> liveBodyHtml() {
    return isLive() ? Optional.of(liveBodyHtml == null ? "" : liveBodyHtml) : Optional.empty();
  }

  /** The published content readers see, while the item is live. */
  public Optional<ItemContent> liveContent() {
    return Optional.ofNullable(liveContent).map(json -> JsonColumn.read(json, ItemContent.class));
  }

  private void write(ItemContent content) {
    columnId = content.column();
    translationKey = content.translationKey();
    slug = content.slug();
    title = content.title();
    summary = content.summary();
    body = content.body();
    source = content.source();
    tags = content.tags().isEmpty() ? null : JsonColumn.write(content.tags());
    indexNo = content.policy() == null ? null : content.policy().indexNo();
    fileId = content.form() == null ? null : content.form().fileId();
    ItemDetails parts =
        new ItemDetails(
            content.policy(), content.interpretation(), content.guide(), content.form());
    details = parts.equals(ItemDetails.NONE) ? null : JsonColumn.write(parts);
  }

  @SuppressWarnings("unchecked")
  private static List<String> readTags(String json) {
    return json == null ? List.of() : List.copyOf(JsonColumn.read(json, List.class));
  }

  public Long id() {
    return id;
  }

  public String siteId() {
    return siteId;
  }

  public long columnId() {
    return columnId;
  }

  public ContentType type() {
    return type;
  }

  public Language language() {
    return new Language(language);
  }

  public String translationKey() {
    return translationKey;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public ItemStatus status() {
    return status;
  }

  public boolean isLive() {
    return liveRevision != null;
  }

  public int revision() {
    return revision;
  }

  public Integer liveRevision() {
    return liveRevision;
  }

  public int version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant contentChangedAt() {
    return contentChangedAt;
  }

  public Instant firstPublishedAt() {
    return firstPublishedAt;
  }

  public Instant lastPublishedAt() {
    return lastPublishedAt;
  }

  public Instant scheduledAt() {
    return scheduledAt;
  }

  /**
   * The type-specific parts of an item, stored together as JSON. Public because JSON-B reads and
   * writes only public records.
   */
  public record ItemDetails(
      PolicyText policy,
      InterpretationDetails interpretation,
      GuidePart<Long> guide,
      ItemContent.FormDetails form) {
    static final ItemDetails NONE = new ItemDetails(null, null, null, null);
  }
}
