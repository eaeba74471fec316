package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.POLICY_METADATA_INCOMPLETE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.Text;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.PolicyPart;
import org.zhanqun.model.site.ContentType;

/**
 * {@code policy-metadata-incomplete}: a policy document, in any language, without one of the
 * disclosure {@code elements} (索引号 indexNo, 发文机关 issuer, 成文日期 writtenOn, 文号 docNo, 有效性 validity,
 * 主题分类 subject). One deduction per policy.
 */
final class PolicyMetadataCheck implements Check {

  @Override
  public List<String> rules() {
    return List.of(POLICY_METADATA_INCOMPLETE);
  }

  @Override
  public List<Finding> run(SiteContent site) {
    Optional<Rule> enabled = site.enabled(POLICY_METADATA_INCOMPLETE);
    if (enabled.isEmpty()) {
      return List.of();
    }
    Rule rule = enabled.get();
    List<String> elements = rule.parameters().texts("elements");
    List<Finding> findings = new ArrayList<>();
    for (Item policy : PolicyItems.of(site, rule)) {
      List<String> missing = missing(policy.policy(), elements);
      if (!missing.isEmpty()) {
        findings.add(
            site.itemFinding(
                rule,
                policy,
                new Text(
                    "政策文件「" + policy.title() + "」缺少元数据：" + String.join("、", missing),
                    "policy \"" + policy.title() + "\" lacks " + String.join(", ", missing)),
                "all of " + String.join(", ", elements),
                "missing " + String.join(", ", missing)));
      }
    }
    return findings;
  }

  private static List<String> missing(PolicyPart part, List<String> elements) {
    List<String> missing = new ArrayList<>();
    for (String element : elements) {
      Object value =
          part == null
              ? null
              : switch (element) {
                case "indexNo" -> part.indexNo();
                case "issuer" -> part.issuer();
                case "writtenOn" -> part.writtenOn();
                case "docNo" -> part.docNo();
                case "validity" -> part.validity();
                case "subject" -> part.subject();
                default -> throw new IllegalStateException("unknown policy element " + element);
              };
      if (value == null || value.toString().isBlank()) {
        missing.add(element);
      }
    }
    return missing;
  }

  /** The policy items a policy rule looks at. */
  static final class PolicyItems {
    private PolicyItems() {}

    /** Visible policies in any language whose column is of one of the rule's categories. */
    static List<Item> of(SiteContent site, Rule rule) {
      return site.itemsOfType(ContentType.POLICY).stream()
          .filter(i -> site.column(i.column()).map(c -> rule.appliesTo(c.category())).orElse(false))
          .toList();
    }
  }
}
