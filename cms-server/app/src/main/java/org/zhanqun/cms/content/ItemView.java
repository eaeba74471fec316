package org.zhanqun.cms.content;

import java.time.Instant;
import java.util.List;
import org.zhanqun.cms.attachment.FileView;
import org.zhanqun.cms.infrastructure.error.FieldError;
import org.zhanqun.cms.proofreading.FindingView;
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
 * @param findings the proofreading findings of the working copy, in the answers of the workflow
 *     steps that proofread (submit, publish, schedule): the warnings that did not block, and the
 *     blocking findings a reason let pass. Null (left out) in every other answer: reading an item
 *     does not proofread it ({@code POST /proofread} does)
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
    String liveUrl,
    List<FindingView> findings) {

  /** This view with the findings of its working copy. */
  public ItemView withFindings(List<FindingView> findings) {
    return new ItemView(
        id,
        site,
        column,
        type,
        language,
        translationKey,
        slug,
        title,
        summary,
        body,
        source,
        tags,
        policy,
        interpretationForm,
        interprets,
        interpretations,
        guide,
        forms,
        file,
        usedBy,
        status,
        live,
        liveRevision,
        revision,
        version,
        createdAt,
        createdBy,
        updatedAt,
        updatedBy,
        contentChangedAt,
        firstPublishedAt,
        lastPublishedAt,
        scheduledAt,
        outdated,
        translations,
        warnings,
        liveUrl,
        List.copyOf(findings));
  }
}
