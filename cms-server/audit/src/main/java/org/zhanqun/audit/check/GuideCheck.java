package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.GUIDES_INCOMPLETE;
import static org.zhanqun.audit.rule.RuleCatalog.GUIDE_ELEMENT_MISSING;
import static org.zhanqun.audit.rule.RuleCatalog.NO_SERVICES;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.Text;
import org.zhanqun.model.item.GuideElement;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.site.ContentType;

/**
 * Service guides (办事指南). {@code guides-incomplete}: at least {@code vetoCount} source-language
 * guides each missing at least {@code missingAtLeast} of the {@code keyElements}, or, on a site
 * with fewer guides than that, every guide. {@code guide-element-missing}: one deduction per guide,
 * in any language, missing any of {@code elements}. {@code no-services}: a site offering services
 * (the portal, or a site with a column of the rule's categories) without a single guide.
 */
final class GuideCheck implements Check {

  @Override
  public List<String> rules() {
    return List.of(GUIDES_INCOMPLETE, NO_SERVICES, GUIDE_ELEMENT_MISSING);
  }

  @Override
  public List<Finding> run(SiteContent site) {
    List<Finding> findings = new ArrayList<>();
    List<Item> guides = site.itemsOfType(ContentType.GUIDE);
    List<Item> sourceGuides =
        guides.stream().filter(g -> g.language().equals(site.site().sourceLanguage())).toList();
    site.enabled(GUIDES_INCOMPLETE)
        .flatMap(rule -> incomplete(site, rule, sourceGuides))
        .ifPresent(findings::add);
    site.enabled(NO_SERVICES)
        .filter(rule -> site.offersServices(rule) && sourceGuides.isEmpty())
        .map(
            rule ->
                site.finding(
                    rule,
                    null,
                    null,
                    site.homeUrl(),
                    new Text(
                        "站点提供办事服务（门户或设有办事指南栏目），但截至 " + site.asOf() + " 没有任何办事指南",
                        "the site offers services (the portal, or a site with a guide column) but has no service guide up to "
                            + site.asOf()),
                    "at least one service guide",
                    "no guide"))
        .ifPresent(findings::add);
    site.enabled(GUIDE_ELEMENT_MISSING)
        .ifPresent(
            rule -> {
              List<String> elements = rule.parameters().texts("elements");
              for (Item guide : guides) {
                List<String> missing = missing(guide, elements);
                if (!missing.isEmpty()) {
                  findings.add(
                      site.itemFinding(
                          rule,
                          guide,
                          new Text(
                              "办事指南「"
                                  + guide.title()
                                  + "」缺少 "
                                  + missing.size()
                                  + " 个要素："
                                  + String.join("、", missing),
                              "service guide \""
                                  + guide.title()
                                  + "\" lacks "
                                  + Wording.plural(missing.size(), "element")
                                  + ": "
                                  + String.join(", ", missing)),
                          "all of " + String.join(", ", elements),
                          "missing " + String.join(", ", missing)));
                }
              }
            });
    return findings;
  }

  private static Optional<Finding> incomplete(SiteContent site, Rule rule, List<Item> guides) {
    int vetoCount = rule.parameters().count("vetoCount");
    int atLeast = rule.parameters().count("missingAtLeast");
    List<String> keys = rule.parameters().texts("keyElements");
    List<Item> incomplete =
        guides.stream().filter(g -> missing(g, keys).size() >= atLeast).toList();
    boolean veto =
        incomplete.size() >= vetoCount
            || (!guides.isEmpty()
                && guides.size() < vetoCount
                && incomplete.size() == guides.size());
    if (!veto || incomplete.isEmpty()) {
      return Optional.empty();
    }
    List<String> named =
        incomplete.stream()
            .map(
                g ->
                    site.columnPath(g)
                        + "/"
                        + g.slug()
                        + " ("
                        + String.join(", ", missing(g, keys))
                        + ")")
            .toList();
    return Optional.of(
        site.finding(
            rule,
            null,
            null,
            site.homeUrl(),
            new Text(
                guides.size()
                    + " 个办事指南中 "
                    + incomplete.size()
                    + " 个缺少至少 "
                    + atLeast
                    + " 个关键要素："
                    + String.join("；", named),
                incomplete.size()
                    + " of "
                    + guides.size()
                    + " service guides each lack at least "
                    + atLeast
                    + " of the "
                    + keys.size()
                    + " key elements: "
                    + String.join("; ", named)),
            "fewer than "
                + vetoCount
                + " guides missing "
                + atLeast
                + "+ key elements (not all, with fewer guides)",
            incomplete.size() + " of " + guides.size() + " guides"));
  }

  /** The elements of {@code wanted} the guide lacks, in the order of {@code wanted}. */
  static List<String> missing(Item guide, List<String> wanted) {
    GuidePart<ItemReference> part = guide.guide();
    List<String> lacking =
        part == null
            ? List.of()
            : part.missingElements().stream().map(GuideElement::field).toList();
    List<String> missing = new ArrayList<>();
    for (String element : wanted) {
      boolean absent =
          element.equals("title")
              ? guide.title() == null || guide.title().isBlank()
              : part == null || lacking.contains(element);
      if (absent) {
        missing.add(element);
      }
    }
    return missing;
  }
}
