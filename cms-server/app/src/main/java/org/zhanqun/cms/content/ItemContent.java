package org.zhanqun.cms.content;

import java.util.List;
import org.zhanqun.cms.content.policy.InterpretationDetails;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.PolicyText;

/**
 * Everything about an item an editor can change, as one immutable value: what a revision records,
 * what is published, and what a restore brings back. Site, type and language are fixed at creation
 * and not part of it. Exactly one of {@code policy}, {@code interpretation}, {@code guide} and
 * {@code form} is present for items of those types, none for news and pages.
 */
public record ItemContent(
    long column,
    String translationKey,
    String slug,
    String title,
    String summary,
    String body,
    String source,
    List<String> tags,
    PolicyText policy,
    InterpretationDetails interpretation,
    GuidePart<Long> guide,
    FormDetails form) {

  public ItemContent {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** What a downloadable form item adds: the stored file it offers. */
  public record FormDetails(Long fileId) {}
}
