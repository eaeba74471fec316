package org.zhanqun.builder.page;

import java.util.List;

/**
 * The page where a citizen reads a letter's status and reply with its query code.
 *
 * @param form where the code is posted ({@code public/letters/status})
 * @param channels the site's letter channels
 */
public record LetterQueryPage(
    PageContext context, InteractionForm form, List<LanguageLink> channels) {}
