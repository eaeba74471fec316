package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.BACKDATED;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.Text;

/**
 * {@code backdated} (伪造发稿日期): an item's publication date changed to an earlier one after
 * publication, by the end of the as-of day. Needs the revision history; one veto finding per
 * change.
 */
final class BackdatingCheck implements Check {

  @Override
  public List<String> rules() {
    return List.of(BACKDATED);
  }

  @Override
  public Optional<Text> notEvaluated(ExternalEvidence evidence) {
    return evidence.revisions().isPresent()
        ? Optional.empty()
        : Optional.of(
            new Text(
                "没有修订历史（由服务器的修订记录提供）",
                "no revision history: the server's change trail supplies it"));
  }

  @Override
  public List<Finding> run(SiteContent site) {
    Optional<Rule> enabled = site.enabled(BACKDATED);
    Optional<RevisionHistory> history = site.evidence().revisions();
    if (enabled.isEmpty() || history.isEmpty()) {
      return List.of();
    }
    Instant end =
        site.asOf().plusDays(1).atStartOfDay(site.cluster().cluster().timeZone()).toInstant();
    return history.get().changes().stream()
        .filter(c -> c.item().site().equals(site.site().id()))
        .filter(c -> c.changedAt().isBefore(end) && c.after().isBefore(c.before()))
        .map(
            c ->
                site.finding(
                    enabled.get(),
                    c.item().column(),
                    c.item(),
                    null,
                    new Text(
                        c.changedAt() + " 将发布日期由 " + c.before() + " 改为更早的 " + c.after(),
                        "publication date changed at "
                            + c.changedAt()
                            + " from "
                            + c.before()
                            + " to the earlier "
                            + c.after()),
                    "publication date never moved earlier",
                    "moved from " + c.before() + " to " + c.after()))
        .toList();
  }
}
