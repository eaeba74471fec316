package org.zhanqun.cms.interaction;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * When a site's public figures should be republished after letters arrived: at most once per {@code
 * every}, so that a burst of submissions asks for one publish run, not one per letter. Thread-safe.
 */
final class FiguresRefresh {

  private final Duration every;
  private final ConcurrentMap<String, Instant> last = new ConcurrentHashMap<>();

  FiguresRefresh(Duration every) {
    this.every = every;
  }

  /**
   * Whether {@code site}'s figures are due at {@code now}; if so, the next are {@code every} on.
   */
  boolean due(String site, Instant now) {
    boolean[] due = {false};
    last.compute(
        site,
        (key, before) -> {
          if (before == null || !now.isBefore(before.plus(every))) {
            due[0] = true;
            return now;
          }
          return before;
        });
    return due[0];
  }
}
