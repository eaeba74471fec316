package org.zhanqun.cms.audit;

import java.time.LocalDate;
import java.time.Period;
import org.zhanqun.audit.check.InteractionRecord;

/**
 * The letters, consultations and error reports the interaction rules examine, as the database holds
 * them now: dates and states only, no text and nothing personal. The interaction feature provides
 * it; without a provider the interaction rules are reported as not evaluated.
 */
public interface InteractionRecordSource {

  /**
   * What an audit as of {@code asOf} examines: the letters received in the {@link #LOOK_BACK}
   * before it (the rules look one year back), every consultation and error report.
   */
  InteractionRecord interactionRecord(LocalDate asOf);

  /** How far back from the as-of date letters are read. */
  Period LOOK_BACK = Period.ofYears(2);
}
