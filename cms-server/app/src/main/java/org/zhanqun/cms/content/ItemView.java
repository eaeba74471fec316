package org.zhanqun.cms.content;

import java.time.Instant;
import java.util.List;
import org.zhanqun.cms.attachment.FileView;
import org.zhanqun.cms.infrastructure.error.FieldError;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.PolicyText;

/**
 * An item's working copy and state as editors see it.
 *
 * @param interprets for an interpretation: the policies it explains
 * @param interpretations for a policy: the interpretations that explain it
 * @param usedBy for a form: the guides that offer it
 * @param file for a form: the stored file it offers
 * @param outdated this translation's source-language version changed after it was last saved
 * @param translations the other language versions, each with its own outdated flag
 * @param warnings what is incomplete without blocking the save (a guide's missing elements)
 * @param liveUrl the root-relative URL path of the live page (where the publisher writes it, by the
 *     static builder's UrlScheme); null when the item is not live
 */
public record ItemView(
    long id,
    String site,
    long column,
    String type,
    String language,
    String translationKey,
    String slug,
    String title,
    String summary,
    String body,
    String source,
    List<String> tags,
    PolicyText policy,
    String interpretationForm,
    List<ItemRef> interprets,
    List<ItemRef> interpretations,
    GuidePart<Long> guide,
    List<ItemRef> forms,
    FileView file,
    List<ItemRef> usedBy,
    String status,
    boolean live,
    Integer liveRevision,
    int revision,
    int version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    Instant contentChangedAt,
    Instant firstPublishedAt,
    Instant lastPublishedAt,
    Instant scheduledAt,
    boolean outdated,
    List<TranslationView> translations,
    List<FieldError> warnings,
    String liveUrl) {}
