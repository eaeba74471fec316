package org.zhanqun.cms.exchange;

import jakarta.validation.constraints.NotBlank;

/**
 * Names a folder to import from or export to.
 *
 * @param folder a folder inside the server's exchange folder ({@code zhanqun.exchange.dir}), named
 *     relative to it, e.g. {@code content-2026-12}
 * @param allowFindings for an import: {@code true} imports items with blocking proofreading
 *     findings (reported as warnings and recorded in the trail) instead of refusing the import;
 *     absent or false refuses it. Not for an export
 */
public record FolderRequest(
    @NotBlank(message = "is required: a folder relative to the exchange folder") String folder,
    Boolean allowFindings) {}
