package org.zhanqun.cms.publish;

import org.zhanqun.model.interaction.PublicInteraction;

/**
 * What of interaction the published cluster shows, as of now: the letter channels, the letters
 * published with consent, the monthly figures and the consultations. The interaction feature
 * provides it; publishing reads it at every run, so that no page of it lags behind the database.
 */
public interface PublicInteractionSource {

  PublicInteraction publicInteraction();
}
