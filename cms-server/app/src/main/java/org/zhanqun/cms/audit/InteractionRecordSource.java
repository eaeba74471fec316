package org.zhanqun.cms.audit;

import org.zhanqun.audit.check.InteractionRecord;

/**
 * The letters, consultations and error reports the interaction rules examine, as the database holds
 * them now: dates and states only, no text and nothing personal. The interaction feature provides
 * it; without a provider the interaction rules are reported as not evaluated.
 */
public interface InteractionRecordSource {

  InteractionRecord interactionRecord();
}
