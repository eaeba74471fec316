package org.zhanqun.cms.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.zhanqun.cms.content.policy.InterpretationDetails;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.PolicyText;

/**
 * An item as a client sends it. {@code site}, {@code type} and {@code language} are required when
 * creating and cannot change afterwards (send them equal or leave them out); {@code version} is
 * required when updating. Publication dates are not part of it: the server sets them.
 */
public record ItemRequest(
    String site,
    @NotNull(message = "is required: the column id") Long column,
    String type,
    String language,
    String translationKey,
    String slug,
    @NotBlank(message = "is required") @Size(max = 500, message = "at most 500 characters")
        String title,
    @Size(max = 2000, message = "at most 2000 characters") String summary,
    @Size(max = 1_000_000, message = "at most 1,000,000 characters") String body,
    @Size(max = 200, message = "at most 200 characters") String source,
    @Size(max = 30, message = "at most 30 tags")
        List<@Size(max = 50, message = "at most 50 characters") String> tags,
    PolicyText policy,
    InterpretationDetails interpretation,
    GuidePart<Long> guide,
    ItemContent.FormDetails form,
    Integer version) {

  /** A request that asks for {@code content} as it is (a restore, an import). */
  static ItemRequest of(
      ItemContent content, String site, String type, String language, Integer version) {
    return new ItemRequest(
        site,
        content.column(),
        type,
        language,
        content.translationKey(),
        content.slug(),
        content.title(),
        content.summary(),
        content.body(),
        content.source(),
        content.tags(),
        content.policy(),
        content.interpretation(),
        content.guide(),
        content.form(),
        version);
  }
}
