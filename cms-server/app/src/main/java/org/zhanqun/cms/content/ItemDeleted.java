package org.zhanqun.cms.content;

import java.time.Instant;

/** Fired synchronously, inside the deleting transaction, when an item is deleted. */
public record ItemDeleted(long itemId, String siteId, String title, String actor, Instant at) {}
