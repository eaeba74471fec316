package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.IDENTIFICATION_MISSING;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.Text;
import org.zhanqun.model.site.Identification;

/**
 * {@code identification-missing}: each of the rule's {@code elements} the site's footer cannot show
 * because {@code site.yaml} lacks it: 网站标识码 siteCode, ICP备案号 icp, 公安备案号 publicSecurity, 主办单位
 * department, 联系方式 contact (phone, e-mail or address). One deduction per element.
 */
final class IdentificationCheck implements Check {

  private static final Map<String, Text> NAMES =
      Map.of(
          "siteCode", new Text("网站标识码", "site code"),
          "icp", new Text("ICP备案号", "ICP record number"),
          "publicSecurity", new Text("公安备案号", "public-security record number"),
          "department", new Text("主办单位", "organisation responsible"),
          "contact", new Text("联系方式", "contact"));

  @Override
  public List<String> rules() {
    return List.of(IDENTIFICATION_MISSING);
  }

  @Override
  public List<Finding> run(SiteContent site) {
    Optional<Rule> enabled = site.enabled(IDENTIFICATION_MISSING);
    if (enabled.isEmpty()) {
      return List.of();
    }
    Rule rule = enabled.get();
    Identification id =
        site.site().identification() == null ? Identification.NONE : site.site().identification();
    return rule.parameters().texts("elements").stream()
        .filter(element -> missing(element, id, site.site().department()))
        .map(
            element ->
                site.finding(
                    rule,
                    null,
                    null,
                    site.homeUrl() + "#identification-" + element,
                    new Text(
                        "页脚缺少" + NAMES.get(element).zh() + "（site.yaml 未填写 " + element + "）",
                        "the footer lacks the "
                            + NAMES.get(element).en()
                            + " (site.yaml has no "
                            + element
                            + ")"),
                    element + " given",
                    "missing"))
        .toList();
  }

  private static boolean missing(String element, Identification id, String department) {
    return switch (element) {
      case "siteCode" -> blank(id.siteCode());
      case "icp" -> blank(id.icp());
      case "publicSecurity" -> blank(id.publicSecurity());
      case "department" -> blank(department);
      case "contact" -> blank(id.phone()) && blank(id.email()) && blank(id.address());
      default -> throw new IllegalStateException("unknown identification element " + element);
    };
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
