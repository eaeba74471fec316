package org.zhanqun.cms.content;

import org.zhanqun.cms.site.ImportOutcome;

/** What importing one item did, and the item's id. */
public record ItemImportResult(long itemId, ImportOutcome outcome) {}
