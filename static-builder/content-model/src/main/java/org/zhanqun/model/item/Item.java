package org.zhanqun.model.item;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhanqun.model.site.ContentType;

/**
 * One content item in one language, as the content format (docs/content-format.md) gives it: what
 * the builder reads, the exporter writes, the importer reads and the audit checks.
 *
 * @param site the site's id (from the path)
 * @param column the column's code (the last folder of the path)
 * @param slug from the file name; unique per site and language
 * @param language from the file name, canonical
 * @param translationKey links the language versions of one item within its site
 * @param summary may be null
 * @param source 来源, may be null
 * @param tags never null
 * @param published first publication, with its offset; null only for drafts
 * @param updated latest substantive update, may be null
 * @param body Markdown, never null
 * @param part the part of the item's type ({@link ItemPart#hasPart}); null for news and pages, and
 *     where a reader leaves it out (a dates-only view, a form whose stored file is gone)
 * @param file the item file, relative to the content folder, with {@code /} separators
 * @param contentHash SHA-256 of the file's bytes (and of the form file, for forms), hex; what
 *     incremental builds compare
 */
public record Item(
    String site,
    String column,
    String slug,
    String language,
    ContentType type,
    String title,
    String translationKey,
    String summary,
    String source,
    List<String> tags,
    OffsetDateTime published,
    OffsetDateTime updated,
    boolean draft,
    String body,
    ItemPart part,
    String file,
    String contentHash) {

  public Item {
    tags = List.copyOf(tags);
    if (part != null && part.type() != type) {
      throw new IllegalArgumentException(
          "a " + type.code() + " item cannot carry the part of " + part.type().code() + " items");
    }
  }

  /** The group of this item's language versions. */
  public ItemReference reference() {
    return new ItemReference(site, translationKey);
  }

  /** When the item last changed for readers: {@code updated} when given, else {@code published}. */
  public OffsetDateTime lastModified() {
    return updated != null ? updated : published;
  }

  /** The policy's metadata; null unless this is a policy. */
  public PolicyPart policy() {
    return part instanceof PolicyPart policy ? policy : null;
  }

  /** The policies this interpretation explains; null unless this is an interpretation. */
  @SuppressWarnings("unchecked") // content files refer to items by ItemReference only
  public InterpretationPart<ItemReference> interpretation() {
    return part instanceof InterpretationPart<?> interpretation
        ? (InterpretationPart<ItemReference>) interpretation
        : null;
  }

  /** The guide's standard elements; null unless this is a guide. */
  @SuppressWarnings("unchecked") // content files refer to items by ItemReference only
  public GuidePart<ItemReference> guide() {
    return part instanceof GuidePart<?> guide ? (GuidePart<ItemReference>) guide : null;
  }

  /** The form's file; null unless this is a form. */
  public FormFile form() {
    return part instanceof FormPart<?> form ? (FormFile) form.file() : null;
  }

  /**
   * The groups this item refers to: the policies it interprets, the forms its guide offers (as
   * forms and as materials), in that order, each once.
   */
  public List<ItemReference> references() {
    Set<ItemReference> references = new LinkedHashSet<>();
    if (interpretation() != null) {
      references.addAll(interpretation().interprets());
    }
    if (guide() != null) {
      references.addAll(guide().allForms());
    }
    return List.copyOf(references);
  }

  /**
   * This item without what differs between two folders holding the same content: the content hash
   * and where its form's file lies. Two folders hold the same item when these are equal.
   */
  public Item withoutStorage() {
    ItemPart portablePart = part;
    FormFile form = form();
    if (form != null) {
      portablePart =
          new FormPart<>(
              new FormFile(
                  form.file(), null, form.format(), form.mediaType(), form.size(), form.sha256()));
    }
    return new Item(
        site,
        column,
        slug,
        language,
        type,
        title,
        translationKey,
        summary,
        source,
        tags,
        published,
        updated,
        draft,
        body,
        portablePart,
        file,
        "");
  }
}
