package org.zhanqun.cms.interaction.consultation;

/**
 * The result (反馈) of a closed consultation, as its reviewer publishes it.
 *
 * @param result what the opinions said and what was taken up, Markdown, 1 to 200,000 characters;
 *     the number of opinions is counted by the server and shown beside it
 */
public record ResultRequest(String result) {}
