package org.zhanqun.cms.interaction.consultation;

import java.time.Instant;

/**
 * One opinion as the consultation's handlers see it, personal data opened.
 *
 * @param name the sender's name, or null when none was given
 * @param contact the sender's phone or e-mail, or null when none was given
 */
public record OpinionView(
    String number, String text, String name, String contact, Instant receivedAt) {}
