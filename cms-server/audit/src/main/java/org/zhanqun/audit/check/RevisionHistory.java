package org.zhanqun.audit.check;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.zhanqun.audit.finding.ItemRef;

/**
 * Every change of an item's publication date after it was first published (backdated), from the
 * server's revision history. Immutable; sorted by item and time of the change.
 */
public record RevisionHistory(List<PublicationDateChange> changes) {

  public RevisionHistory {
    changes =
        changes.stream()
            .sorted(
                Comparator.comparing(PublicationDateChange::item)
                    .thenComparing(PublicationDateChange::changedAt))
            .toList();
  }

  /** A publication date changed from {@code before} to {@code after} at {@code changedAt}. */
  public record PublicationDateChange(
      ItemRef item, OffsetDateTime before, OffsetDateTime after, Instant changedAt) {}
}
