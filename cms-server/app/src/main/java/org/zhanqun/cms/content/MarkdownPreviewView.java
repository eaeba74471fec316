package org.zhanqun.cms.content;

/**
 * A body rendered for a preview.
 *
 * @param html the sanitised HTML the public page's body would hold
 */
public record MarkdownPreviewView(String html) {}
