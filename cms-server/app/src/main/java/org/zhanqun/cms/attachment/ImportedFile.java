package org.zhanqun.cms.attachment;

/**
 * A file an import offers through a form item.
 *
 * @param created false when the same file was stored already and is reused
 */
public record ImportedFile(long fileId, boolean created) {}
