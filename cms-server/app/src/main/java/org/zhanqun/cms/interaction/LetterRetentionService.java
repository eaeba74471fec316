package org.zhanqun.cms.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

/** The purge of personal data past the retention period, one batch per transaction. */
@ApplicationScoped
public class LetterRetentionService {

  static final int BATCH = 500;

  @Inject LetterRepository repository;
  @Inject Clock clock;
  @Inject LetterRetentionService self;

  /** Purges every letter due; how many. */
  public int purgeOlderThan(Period retention) {
    Instant now = clock.instant();
    Instant cutoff = now.atZone(ZoneOffset.UTC).minus(retention).toInstant();
    int total = 0;
    int purged;
    do {
      purged = self.purgeBatch(cutoff, now);
      total += purged;
    } while (purged == BATCH);
    return total;
  }

  /** One batch, in its own transaction; how many letters were purged. */
  @Transactional
  public int purgeBatch(Instant cutoff, Instant now) {
    List<Long> ids = repository.purgeable(cutoff, BATCH);
    for (long id : ids) {
      repository
          .findForUpdate(id)
          .ifPresent(
              letter -> {
                letter.purgePersonalData(now);
                repository.add(
                    new LetterStep(id, "purged", LetterStep.SYSTEM, letter.siteId(), null, now));
              });
    }
    return ids.size();
  }
}
