package org.zhanqun.builder.source;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhanqun.builder.site.ContentType;

/**
 * One content item in one language, as its file gives it. Exactly the part of its type is non-null
 * (policy, interpretation, guide, form); news and pages have none.
 *
 * @param site the site's id (from the path)
 * @param column the column's code (the last folder of the path)
 * @param slug from the file name; unique per site and language
 * @param language from the file name
 * @param translationKey links the language versions of one item within its site
 * @param summary may be null
 * @param source 来源, may be null
 * @param tags never null
 * @param published first publication, with its offset; null only for drafts
 * @param updated latest substantive update, may be null
 * @param body Markdown, never null
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
    PolicyPart policy,
    InterpretationPart interpretation,
    GuidePart guide,
    FormPart form,
    String file,
    String contentHash) {

  public Item {
    tags = List.copyOf(tags);
  }

  /** The group of this item's language versions. */
  public ItemReference reference() {
    return new ItemReference(site, translationKey);
  }

  /** When the item last changed for readers: {@code updated} when given, else {@code published}. */
  public OffsetDateTime lastModified() {
    return updated != null ? updated : published;
  }

  /**
   * The groups this item refers to: the policies it interprets, the forms its guide offers (as
   * forms and as materials), in that order, each once.
   */
  public List<ItemReference> references() {
    Set<ItemReference> references = new LinkedHashSet<>();
    if (interpretation != null) {
      references.addAll(interpretation.interprets());
    }
    if (guide != null) {
      references.addAll(guide.forms());
      guide.materials().stream()
          .map(GuidePart.Material::form)
          .filter(Objects::nonNull)
          .forEach(references::add);
    }
    return List.copyOf(references);
  }

  public Optional<PolicyPart> policyPart() {
    return Optional.ofNullable(policy);
  }
}
