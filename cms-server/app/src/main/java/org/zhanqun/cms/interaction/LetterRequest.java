package org.zhanqun.cms.interaction;

/**
 * A citizen's letter, as JSON or as the fields of the static pages' plain form. Checked by {@link
 * PublicLetterService} (one set of rules for both), not by Bean Validation, so that the form gets
 * the same errors as JSON.
 *
 * @param site the id of the channel's site
 * @param channel the channel's code within the site
 * @param kind {@code consultation}, {@code complaint} or {@code suggestion}; the channel's first
 *     kind when left out
 * @param subject at most 100 characters
 * @param text at most 5,000 characters
 * @param name the citizen's name, at most 50 characters (stored encrypted)
 * @param phone a phone number of mainland China (stored encrypted); this or {@code email} is
 *     required
 * @param email an e-mail address (stored encrypted)
 * @param address at most 200 characters, optional (stored encrypted)
 * @param publishConsent whether the question and reply may be published, without personal data
 * @param website the honeypot: must be empty
 */
public record LetterRequest(
    String site,
    String channel,
    String kind,
    String subject,
    String text,
    String name,
    String phone,
    String email,
    String address,
    Boolean publishConsent,
    String website) {}
