package org.zhanqun.cms.interaction;

/**
 * The body of a handling step; each step reads the fields it needs and refuses the request naming a
 * missing one: {@code reason} (reject, assign), {@code site} (assign), {@code reply} (draft, and
 * publish's edited reply), {@code comment} (send-back), {@code subject} and {@code question}
 * (publish).
 */
public record HandlingRequest(
    String reason, String site, String reply, String comment, String subject, String question) {

  static final HandlingRequest EMPTY = new HandlingRequest(null, null, null, null, null, null);
}
