package org.zhanqun.cms.content;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A Markdown body to render as the public page would.
 *
 * @param site the site whose editor asks (its editors and reviewers only)
 * @param language the body's language; one the site offers (optional)
 * @param body the Markdown, up to 1,000,000 characters as an item's body
 */
public record MarkdownPreviewRequest(
    @NotNull(message = "is required: the site's id") String site,
    String language,
    @NotNull(message = "is required")
        @Size(max = 1_000_000, message = "at most 1,000,000 characters")
        String body) {}
