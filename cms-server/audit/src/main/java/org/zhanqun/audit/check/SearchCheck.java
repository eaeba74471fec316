package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.SEARCH_UNAVAILABLE;

import java.util.List;
import java.util.Optional;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.finding.ItemRef;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.Text;

/**
 * {@code search-unavailable}: the site's search did not answer, or did not find published items by
 * their title. Needs the search probe; one finding per site.
 */
final class SearchCheck implements Check {

  @Override
  public List<String> rules() {
    return List.of(SEARCH_UNAVAILABLE);
  }

  @Override
  public Optional<Text> notEvaluated(ExternalEvidence evidence) {
    return evidence.search().isPresent()
        ? Optional.empty()
        : Optional.of(new Text("站内搜索尚未建设，无法探测", "there is no site search yet to probe"));
  }

  @Override
  public List<Finding> run(SiteContent site) {
    Optional<Rule> enabled = site.enabled(SEARCH_UNAVAILABLE);
    if (enabled.isEmpty() || site.evidence().search().isEmpty()) {
      return List.of();
    }
    return site.evidence().search().get().sites().stream()
        .filter(s -> s.site().equals(site.site().id()))
        .filter(s -> !s.answers() || !s.notFound().isEmpty())
        .map(
            s -> {
              List<String> missed = s.notFound().stream().map(ItemRef::toString).toList();
              Text evidence =
                  s.answers()
                      ? new Text(
                          "站内搜索按标题找不到 " + missed.size() + " 篇已发布内容：" + String.join("，", missed),
                          "site search does not find "
                              + missed.size()
                              + " published items by their title: "
                              + String.join(", ", missed))
                      : new Text("站内搜索无响应", "site search does not answer");
              return site.finding(
                  enabled.get(),
                  null,
                  null,
                  site.homeUrl(),
                  evidence,
                  "search answers and finds every probed item",
                  s.answers() ? missed.size() + " items not found" : "no answer");
            })
        .toList();
  }
}
