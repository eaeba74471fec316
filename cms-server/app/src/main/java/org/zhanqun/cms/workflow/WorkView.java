package org.zhanqun.cms.workflow;

import java.time.Instant;
import java.util.List;
import org.zhanqun.cms.content.ItemSummary;

/**
 * The editor's start page: what waits for the caller on one site or on all the sites they edit or
 * review. Each list holds at most {@value WorkService#LIMIT} items, newest first; its {@code
 * ...Total} says how many there are in all.
 *
 * @param site the site asked for; null for all the caller's sites
 * @param drafts items in draft
 * @param sentBack drafts whose last workflow step was a send-back, with the reviewer's comment
 * @param awaitingReview items in review, on the sites the caller reviews; empty for others
 * @param scheduled items approved for publication at a later time
 * @param outdatedTranslations translations whose source-language version changed since
 */
public record WorkView(
    String site,
    List<ItemSummary> drafts,
    long draftsTotal,
    List<SentBack> sentBack,
    long sentBackTotal,
    List<ItemSummary> awaitingReview,
    long awaitingReviewTotal,
    List<ItemSummary> scheduled,
    long scheduledTotal,
    List<ItemSummary> outdatedTranslations,
    long outdatedTranslationsTotal) {

  /**
   * A draft sent back.
   *
   * @param comment the reviewer's comment
   * @param by the reviewer
   * @param at when
   */
  public record SentBack(ItemSummary item, String comment, String by, Instant at) {}
}
