/**
 * The public doors' shared pieces, used by every form the citizen sends (letters, opinions, error
 * reports): the personal-data cipher, the rate limiter per client address, the text checks (markup,
 * control characters, honeypot, contact data), the query code and the small HTML answer page for
 * plain form posts. Imports no feature but {@code site} and {@code security}; knows nothing of
 * letters.
 */
package org.zhanqun.cms.interaction.intake;
