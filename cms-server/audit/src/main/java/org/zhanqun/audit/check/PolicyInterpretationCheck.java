package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.POLICY_NOT_INTERPRETED;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.Text;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.Validity;

/**
 * {@code policy-not-interpreted}: a major policy (source language; {@code majorPolicies}: {@code
 * valid} = in force, or {@code all}) without an interpretation published within {@code workingDays}
 * working days (Monday to Friday; public holidays are not known) after it. An interpretation of any
 * site counts. A policy whose deadline has not passed on the as-of date is not judged yet. "Linked
 * both ways" holds by construction: a policy lists the interpretations that name it.
 */
final class PolicyInterpretationCheck implements Check {

  @Override
  public List<String> rules() {
    return List.of(POLICY_NOT_INTERPRETED);
  }

  @Override
  public List<Finding> run(SiteContent site) {
    Optional<Rule> enabled = site.enabled(POLICY_NOT_INTERPRETED);
    if (enabled.isEmpty()) {
      return List.of();
    }
    Rule rule = enabled.get();
    int workingDays = rule.parameters().count("workingDays");
    boolean validOnly = rule.parameters().choice("majorPolicies").equals("valid");
    List<Finding> findings = new ArrayList<>();
    for (Item policy : PolicyMetadataCheck.PolicyItems.of(site, rule)) {
      if (!policy.language().equals(site.site().sourceLanguage())) {
        continue;
      }
      if (validOnly && policy.policy() != null && policy.policy().validity() != Validity.VALID) {
        continue;
      }
      LocalDate published = site.cluster().publishedOn(policy);
      LocalDate deadline = addWorkingDays(published, workingDays);
      if (!site.asOf().isAfter(deadline)) {
        continue;
      }
      Optional<LocalDate> first = site.cluster().firstInterpretation(policy.reference());
      if (first.isEmpty()) {
        findings.add(
            site.itemFinding(
                rule,
                policy,
                new Text(
                    "政策文件「"
                        + policy.title()
                        + "」（"
                        + published
                        + " 发布）截至 "
                        + site.asOf()
                        + " 没有政策解读",
                    "policy \""
                        + policy.title()
                        + "\" (published "
                        + published
                        + ") has no interpretation up to "
                        + site.asOf()),
                "an interpretation by " + deadline + " (" + workingDays + " working days)",
                "none"));
      } else if (first.get().isAfter(deadline)) {
        findings.add(
            site.itemFinding(
                rule,
                policy,
                new Text(
                    "政策文件「"
                        + policy.title()
                        + "」"
                        + published
                        + " 发布，解读迟至 "
                        + first.get()
                        + "（期限 "
                        + deadline
                        + "，"
                        + workingDays
                        + " 个工作日）",
                    "policy \""
                        + policy.title()
                        + "\" published "
                        + published
                        + ", first interpretation only on "
                        + first.get()
                        + " (due "
                        + deadline
                        + ", "
                        + workingDays
                        + " working days)"),
                "an interpretation by " + deadline + " (" + workingDays + " working days)",
                "first interpretation " + first.get()));
      }
    }
    return findings;
  }

  /** The day {@code days} working days (Monday to Friday) after {@code from}. */
  static LocalDate addWorkingDays(LocalDate from, int days) {
    LocalDate date = from;
    int added = 0;
    while (added < days) {
      date = date.plusDays(1);
      if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
        added++;
      }
    }
    return date;
  }
}
