package org.zhanqun.cms.content;

import java.time.Instant;

/**
 * Fired synchronously, inside the saving transaction, whenever an item's content gets a new
 * revision (creation, edit, restore), so that the revision is stored with the change or not at all.
 *
 * @param note why, e.g. "restored revision 3"; may be null
 */
public record ItemSaved(
    long itemId, int revision, ItemContent content, String author, Instant at, String note) {}
