package org.zhanqun.cms.interaction.consultation;

import java.time.Instant;

/**
 * What the sender of an opinion gets back.
 *
 * @param number the opinion's number, {@code YJ2026-000012}
 * @param consultation the consultation's title
 * @param received when the opinion was stored
 */
public record OpinionReceipt(String number, String consultation, Instant received) {}
