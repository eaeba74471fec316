package org.zhanqun.cms.interaction.intake;

import java.time.Duration;
import java.util.Optional;

/**
 * A rendered HTML answer to a plain form post: the resource sends {@code html} with {@code status}
 * as {@code text/html;charset=UTF-8}, and {@code Retry-After} when {@code retryAfter} is present.
 */
public record FormPage(int status, String html, Optional<Duration> retryAfter) {}
