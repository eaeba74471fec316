package org.zhanqun.cms.exchange;

import jakarta.validation.constraints.NotBlank;

/**
 * Names a folder to import from or export to.
 *
 * @param folder a folder inside the server's exchange folder ({@code zhanqun.exchange.dir}), named
 *     relative to it, e.g. {@code content-2026-12}
 */
public record FolderRequest(
    @NotBlank(message = "is required: a folder relative to the exchange folder") String folder) {}
