package org.zhanqun.cms.attachment;

import java.time.Instant;

/**
 * Fired inside the transaction that replaced a file's content (same id, new bytes): the features
 * that publish the file observe it to publish it again.
 */
public record FileReplaced(long fileId, String siteId, String actor, Instant at) {}
