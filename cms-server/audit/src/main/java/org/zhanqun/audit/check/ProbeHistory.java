package org.zhanqun.audit.check;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Availability probes of the sites' home pages (site-unreachable), as the server's prober records
 * them. Immutable; the probes are kept sorted by site and time.
 */
public record ProbeHistory(List<Probe> probes) {

  public ProbeHistory {
    probes =
        probes.stream().sorted(Comparator.comparing(Probe::site).thenComparing(Probe::at)).toList();
  }

  /**
   * One request for a site's home page.
   *
   * @param opened whether the page answered at all
   * @param millis how long it took to open; compared with the rule's timeout
   */
  public record Probe(String site, Instant at, boolean opened, long millis) {}
}
