package org.zhanqun.builder.proofread;

import org.zhanqun.proofreading.Finding;

/**
 * A proofreading finding in an item of a content folder.
 *
 * @param site the item's site id
 * @param item the item file, relative to the content folder, with {@code /} separators
 */
public record ItemFinding(String site, String item, Finding finding) {}
