package org.zhanqun.cms.publish;

import java.time.Instant;
import java.util.List;

/**
 * A run of the publisher, as the API shows it.
 *
 * @param trigger {@code start-up} (the first build of an instance), {@code outbox} (changes to live
 *     content) or {@code full} (an administrator's request)
 * @param itemIds the items whose changes the run published (outbox runs)
 * @param outcome {@code published} or {@code failed}
 * @param pages the outputs of the cluster (pages, feeds, sitemaps, search data)
 * @param rendered how many of them the run rendered again
 * @param removed outputs it removed (withdrawn or deleted items)
 * @param changedPaths the paths it wrote or removed (at most 500; the counts are complete)
 * @param failure why it failed; null when it did not
 * @param problems what the run left out so that the rest of the cluster could publish (an item
 *     whose page would overwrite another output or fails to render, a site whose theme is missing);
 *     empty when it left out nothing. A problem stays in each run's log until it is fixed.
 */
public record PublishRunView(
    long id,
    String instance,
    String trigger,
    String detail,
    List<Long> itemIds,
    Instant startedAt,
    Instant finishedAt,
    long durationMs,
    String outcome,
    int pages,
    int rendered,
    int removed,
    int filesCopied,
    List<String> changedPaths,
    String failure,
    List<PublishProblemView> problems) {}
