package org.zhanqun.cms.exchange;

import jakarta.validation.constraints.NotBlank;

/**
 * Names a folder on the server to import from or export to.
 *
 * @param folder an absolute path on the server's file system
 */
public record FolderRequest(
    @NotBlank(message = "is required: an absolute path on the server") String folder) {}
