package org.zhanqun.cms.interaction.errorreport;

/**
 * The responsible site's answer to a report.
 *
 * @param answer what was corrected or why nothing was, 1 to 2,000 characters
 */
public record AnswerRequest(String answer) {}
