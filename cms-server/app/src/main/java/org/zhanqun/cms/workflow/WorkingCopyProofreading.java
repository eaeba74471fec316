package org.zhanqun.cms.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.zhanqun.cms.content.ContentItem;
import org.zhanqun.cms.content.LiveItem;
import org.zhanqun.cms.proofreading.FindingView;
import org.zhanqun.cms.proofreading.ServerProofreader;
import org.zhanqun.cms.publish.PublishedContentSet;

/**
 * Proofreads an item's working copy as the model's item, the same texts the builder and the audit
 * proofread. 503 when the proofreader's dictionary is unusable.
 */
@ApplicationScoped
class WorkingCopyProofreading {

  @Inject PublishedContentSet published;
  @Inject ServerProofreader proofreader;
  @Inject Clock clock;

  List<FindingView> findings(ContentItem item) {
    Instant now = clock.instant();
    LiveItem workingCopy =
        new LiveItem(
            item.id(),
            item.siteId(),
            item.type(),
            item.language(),
            item.content(),
            item.firstPublishedAt() == null ? now : item.firstPublishedAt(),
            now);
    return proofreader.proofreader().check(published.unlinkedItem(workingCopy)).stream()
        .map(FindingView::of)
        .toList();
  }
}
