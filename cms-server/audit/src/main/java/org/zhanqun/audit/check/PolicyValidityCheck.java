package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.REPEALED_NOT_MARKED;

import java.util.List;
import java.util.Optional;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.Text;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.Validity;

/**
 * {@code repealed-not-marked}: a policy whose {@code validUntil} is before the as-of date but whose
 * {@code validity} still says {@code valid}, so its page shows it in force (the builder prints the
 * validity mark from that field). A policy marked {@code repealed}, {@code expired} or {@code
 * amended} is marked.
 */
final class PolicyValidityCheck implements Check {

  @Override
  public List<String> rules() {
    return List.of(REPEALED_NOT_MARKED);
  }

  @Override
  public List<Finding> run(SiteContent site) {
    Optional<Rule> enabled = site.enabled(REPEALED_NOT_MARKED);
    if (enabled.isEmpty()) {
      return List.of();
    }
    Rule rule = enabled.get();
    return PolicyMetadataCheck.PolicyItems.of(site, rule).stream()
        .filter(PolicyValidityCheck::unmarked)
        .filter(p -> p.policy().validUntil().isBefore(site.asOf()))
        .map(
            (Item p) ->
                site.itemFinding(
                    rule,
                    p,
                    new Text(
                        "政策文件「" + p.title() + "」已于 " + p.policy().validUntil() + " 失效，但仍标注为有效",
                        "policy \""
                            + p.title()
                            + "\" stopped being in force on "
                            + p.policy().validUntil()
                            + " but is still marked valid"),
                    "validity expired or repealed",
                    "validity valid, validUntil " + p.policy().validUntil()))
        .toList();
  }

  private static boolean unmarked(Item policy) {
    return policy.policy() != null
        && policy.policy().validUntil() != null
        && policy.policy().validity() == Validity.VALID;
  }
}
