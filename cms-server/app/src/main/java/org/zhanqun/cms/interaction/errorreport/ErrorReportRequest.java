package org.zhanqun.cms.interaction.errorreport;

/**
 * An error report as the public sends it, from JSON or from the plain HTML form (same names).
 *
 * @param url the address of the wrong page, under the cluster's base URL, at most 2,000 characters
 * @param description what is wrong, 1 to 2,000 characters, no markup
 * @param contact a phone number or e-mail address for the answer (optional), stored sealed
 * @param website the honeypot: hidden from people, must stay empty
 */
public record ErrorReportRequest(String url, String description, String contact, String website) {}
