package org.zhanqun.cms.interaction.consultation;

/**
 * An opinion as the public sends it, from JSON or from the plain HTML form (same field names).
 *
 * @param text the opinion, 1 to 2,000 characters, no markup
 * @param name the sender's name (optional, at most 50 characters), stored sealed
 * @param contact a phone number or e-mail address (optional, at most 254 characters), stored sealed
 * @param website the honeypot: hidden from people, must stay empty
 */
public record OpinionRequest(String text, String name, String contact, String website) {}
