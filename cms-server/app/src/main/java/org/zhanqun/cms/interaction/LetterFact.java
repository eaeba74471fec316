package org.zhanqun.cms.interaction;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the wake-up audit needs of one letter (the audit maps it to its own record).
 *
 * @param number e.g. {@code XJ2026-000123}
 * @param site the responsible site's id
 * @param channel the channel's code (of {@code channelSite})
 * @param channelSite the site the channel belongs to
 * @param received the day received, in the cluster's time zone
 * @param valid false for a rejected letter
 * @param due the last day of the reply limit
 * @param replied the day of the reply (答复), if any
 * @param published the day of publication (公开), if any
 */
public record LetterFact(
    String number,
    String site,
    String channel,
    String channelSite,
    LocalDate received,
    boolean valid,
    LocalDate due,
    Optional<LocalDate> replied,
    Optional<LocalDate> published) {}
