package org.zhanqun.cms.publish;

import java.time.Instant;

/**
 * A link that shows an unpublished item rendered with its site's templates, to whoever has it until
 * it expires.
 *
 * @param url root-relative, e.g. {@code /api/v1/preview/Yx3…}
 */
public record PreviewLinkView(long item, String url, Instant expiresAt) {}
