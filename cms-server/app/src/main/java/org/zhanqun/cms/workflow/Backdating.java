package org.zhanqun.cms.workflow;

import java.time.Instant;

/**
 * An item's publication date moved earlier than the one readers had seen (伪造发稿日期), as its workflow
 * trail shows: a single veto of the wake-up audit.
 *
 * @param before the publication date shown until then
 * @param after the earlier date shown since
 * @param at when the change was made
 */
public record Backdating(long itemId, Instant before, Instant after, Instant at) {}
