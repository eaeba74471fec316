/**
 * Interaction (互动交流) as the published cluster shows it: letter channels (信件渠道) of each site,
 * letters published with the citizen's consent and without personal data, monthly figures per
 * channel, and consultations (征集调查) with their results. The content server keeps the letters
 * themselves; this package holds only what may be public, so that nothing personal can reach a
 * page, an export or the index by way of the model.
 */
package org.zhanqun.model.interaction;
