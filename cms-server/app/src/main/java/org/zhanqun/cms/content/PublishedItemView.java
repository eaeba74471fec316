package org.zhanqun.cms.content;

import java.time.Instant;
import java.util.List;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.PolicyText;

/**
 * A live item as the public reads it: the published revision only, the body rendered to sanitised
 * HTML, links only to other live items.
 *
 * @param published when it was first published (set by the server, never earlier afterwards)
 * @param updated when its latest revision was published
 * @param download for a form: where its file downloads
 */
public record PublishedItemView(
    long id,
    String site,
    long column,
    String type,
    String language,
    String translationKey,
    String slug,
    String title,
    String summary,
    String bodyHtml,
    String source,
    List<String> tags,
    PolicyText policy,
    String interpretationForm,
    List<ItemRef> interprets,
    List<ItemRef> interpretations,
    GuidePart<Long> guide,
    List<ItemRef> forms,
    Download download,
    List<ItemRef> translations,
    Instant published,
    Instant updated) {

  /** A form's downloadable file. */
  public record Download(
      String url, String fileName, String contentType, long size, String sha256) {}
}
