package org.zhanqun.cms.interaction;

/**
 * The citizen's rating of a reply.
 *
 * @param queryCode the letter's query code
 * @param rating {@code satisfied}, {@code basically-satisfied} or {@code unsatisfied}
 * @param comment optional, at most 500 characters
 */
public record RatingRequest(String queryCode, String rating, String comment) {}
