package org.zhanqun.cms.interaction.errorreport;

import java.time.Instant;

/**
 * What the reporter gets back.
 *
 * @param number the report's number, {@code ZC2026-000012}
 * @param site the id of the site it was sent to
 * @param received when it was stored
 */
public record ErrorReportReceipt(String number, String site, Instant received) {}
