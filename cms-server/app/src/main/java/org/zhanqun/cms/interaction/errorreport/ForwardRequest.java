package org.zhanqun.cms.interaction.errorreport;

/**
 * Forwarding a report to the site responsible for the page.
 *
 * @param site the receiving site's id, not the current one
 * @param reason why it is that site's, 1 to 500 characters
 */
public record ForwardRequest(String site, String reason) {}
