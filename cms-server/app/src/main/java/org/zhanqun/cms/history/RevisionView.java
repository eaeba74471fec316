package org.zhanqun.cms.history;

import java.time.Instant;
import org.zhanqun.cms.content.ItemContent;

/**
 * One revision as the API shows it; {@code content} only when a single revision is asked for.
 *
 * @param note why it was made: created, restored revision N ...; may be null
 */
public record RevisionView(
    long item, int number, Instant createdAt, String author, String note, ItemContent content) {}
