package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.BROKEN_LINK;
import static org.zhanqun.audit.rule.RuleCatalog.BROKEN_LINK_HOME;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.Text;

/**
 * {@code broken-link-home} and {@code broken-link}: the broken links the link checker found on the
 * site's pages, the home page's under the first rule. The finding's URL is the link's target.
 */
final class LinkCheck implements Check {

  @Override
  public List<String> rules() {
    return List.of(BROKEN_LINK_HOME, BROKEN_LINK);
  }

  @Override
  public Optional<Text> notEvaluated(ExternalEvidence evidence) {
    return evidence.links().isPresent()
        ? Optional.empty()
        : Optional.of(
            new Text(
                "没有链接检查报告（由链接检查 org.zhanqun.audit.link 提供）",
                "no link report: the link checker (org.zhanqun.audit.link) supplies it"));
  }

  @Override
  public List<Finding> run(SiteContent site) {
    Optional<BrokenLinks> report = site.evidence().links();
    if (report.isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (BrokenLinks.BrokenLink link : report.get().links()) {
      if (!link.site().equals(site.site().id())) {
        continue;
      }
      site.enabled(link.onHomePage() ? BROKEN_LINK_HOME : BROKEN_LINK)
          .map(
              rule ->
                  site.finding(
                      rule,
                      null,
                      null,
                      link.target(),
                      new Text(
                          "页面 " + link.page() + " 上的链接 " + link.target() + " 不可用：" + link.reason(),
                          "the link to "
                              + link.target()
                              + " on "
                              + link.page()
                              + " does not work: "
                              + link.reason()),
                      "a working link",
                      link.reason()))
          .ifPresent(findings::add);
    }
    return findings;
  }
}
