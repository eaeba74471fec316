package org.zhanqun.cms.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhanqun.cms.content.ItemEditingService;
import org.zhanqun.cms.content.ItemStatus;
import org.zhanqun.cms.content.ItemSummaries;
import org.zhanqun.cms.content.ItemSummary;
import org.zhanqun.cms.security.AccessDeniedException;
import org.zhanqun.cms.security.Caller;
import org.zhanqun.cms.security.CurrentCaller;
import org.zhanqun.cms.security.SiteGrant;
import org.zhanqun.cms.site.SiteService;

/**
 * "My work": the drafts, sent-back drafts, items waiting for review, scheduled items and outdated
 * translations of the sites the caller edits or reviews. Each list is read with one or two narrow
 * queries per site (no body, no view of linked items).
 */
@ApplicationScoped
public class WorkService {

  /** The most items each list shows. */
  static final int LIMIT = 50;

  private static final Comparator<ItemSummary> NEWEST_FIRST =
      Comparator.comparing(ItemSummary::updatedAt).thenComparing(ItemSummary::id).reversed();

  @Inject ItemEditingService content;
  @Inject WorkflowEventRepository events;
  @Inject CurrentCaller currentCaller;
  @Inject SiteService sites;

  /**
   * The work on {@code siteId}, or on every site the caller edits or reviews when it is null.
   * Editors and reviewers see their own sites only (403 for another); evaluators and administrators
   * may ask for any site (404 for one that does not exist). Items waiting for review show only to
   * the site's reviewers.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public WorkView work(String siteId) {
    Caller caller = currentCaller.require();
    List<String> siteIds;
    if (siteId != null) {
      if (!caller.canEdit(siteId) && !caller.administrator() && !caller.evaluator()) {
        throw new AccessDeniedException(caller.username(), "see the work of site " + siteId);
      }
      sites.requireSite(siteId);
      siteIds = List.of(siteId);
    } else {
      siteIds =
          List.copyOf(
              caller.grants().stream()
                  .map(SiteGrant::siteId)
                  .collect(Collectors.toCollection(TreeSet::new)));
    }
    List<ItemSummaries> drafts = new ArrayList<>();
    List<ItemSummaries> review = new ArrayList<>();
    List<ItemSummaries> scheduled = new ArrayList<>();
    List<ItemSummaries> outdated = new ArrayList<>();
    List<WorkflowEventRepository.SendBack> sentBack = new ArrayList<>();
    for (String site : siteIds) {
      drafts.add(content.inStatus(site, ItemStatus.DRAFT, LIMIT));
      if (caller.canReview(site)) {
        review.add(content.inStatus(site, ItemStatus.IN_REVIEW, LIMIT));
      }
      scheduled.add(content.inStatus(site, ItemStatus.SCHEDULED, LIMIT));
      outdated.add(content.outdatedTranslations(site, LIMIT));
      sentBack.addAll(events.sentBackDrafts(site));
    }
    ItemSummaries allDrafts = merged(drafts);
    ItemSummaries allReview = merged(review);
    ItemSummaries allScheduled = merged(scheduled);
    ItemSummaries allOutdated = merged(outdated);
    List<WorkflowEventRepository.SendBack> newestSendBacks =
        sentBack.stream()
            .sorted(
                Comparator.comparing(WorkflowEventRepository.SendBack::at)
                    .thenComparing(WorkflowEventRepository.SendBack::itemId)
                    .reversed())
            .limit(LIMIT)
            .toList();
    Map<Long, ItemSummary> sentBackItems =
        content
            .summaries(
                newestSendBacks.stream().map(WorkflowEventRepository.SendBack::itemId).toList())
            .stream()
            .collect(Collectors.toMap(ItemSummary::id, Function.identity()));
    List<WorkView.SentBack> sentBackViews =
        newestSendBacks.stream()
            .filter(s -> sentBackItems.containsKey(s.itemId()))
            .map(
                s ->
                    new WorkView.SentBack(
                        sentBackItems.get(s.itemId()), s.comment(), s.actor(), s.at()))
            .toList();
    return new WorkView(
        siteId,
        allDrafts.items(),
        allDrafts.total(),
        sentBackViews,
        sentBack.size(),
        allReview.items(),
        allReview.total(),
        allScheduled.items(),
        allScheduled.total(),
        allOutdated.items(),
        allOutdated.total());
  }

  /** The lists of several sites as one: the newest {@link #LIMIT}, and the sum of the totals. */
  private static ItemSummaries merged(List<ItemSummaries> lists) {
    if (lists.size() == 1) {
      return lists.get(0);
    }
    return new ItemSummaries(
        lists.stream().flatMap(l -> l.items().stream()).sorted(NEWEST_FIRST).limit(LIMIT).toList(),
        lists.stream().mapToLong(ItemSummaries::total).sum());
  }
}
