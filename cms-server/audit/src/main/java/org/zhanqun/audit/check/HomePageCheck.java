package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.HOME_NOT_UPDATED;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.Text;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.SiteKind;

/**
 * {@code home-not-updated}: no new item on the home page in the {@code window} before the as-of
 * date (a new item: published on or after as-of minus the window). What the home page shows follows
 * the static builder's home page in the site's source language: each top-level column of the rule's
 * categories with its sub-columns (their newest items, so the newest always shows), the service
 * guides when {@code guide} is among them, and on the portal the departments' news. When no
 * top-level column is of those categories the home page is only navigation, and the items of every
 * column (the second-level pages) count.
 */
final class HomePageCheck implements Check {

  @Override
  public List<String> rules() {
    return List.of(HOME_NOT_UPDATED);
  }

  @Override
  public List<Finding> run(SiteContent site) {
    Optional<Rule> enabled = site.enabled(HOME_NOT_UPDATED);
    if (enabled.isEmpty()) {
      return List.of();
    }
    Rule rule = enabled.get();
    Optional<Item> newest = newest(site, rule);
    LocalDate since = site.asOf().minus(rule.parameters().period("window"));
    if (newest.isPresent() && !site.cluster().publishedOn(newest.get()).isBefore(since)) {
      return List.of();
    }
    Text window = Wording.period(rule.parameters().period("window"));
    String expected =
        "new item since " + since + " (window " + rule.parameters().period("window") + ")";
    if (newest.isEmpty()) {
      return List.of(
          site.finding(
              rule,
              null,
              null,
              site.homeUrl(),
              new Text("首页没有任何带发布日期的内容", "the home page shows no item with a publication date"),
              expected,
              "no item"));
    }
    Item item = newest.get();
    LocalDate last = site.cluster().publishedOn(item);
    long age = ChronoUnit.DAYS.between(last, site.asOf());
    return List.of(
        site.finding(
            rule,
            null,
            site.ref(item),
            site.homeUrl(),
            new Text(
                "首页最新内容 "
                    + site.columnPath(item)
                    + "/"
                    + item.slug()
                    + " 发布于 "
                    + last
                    + "，距检查日 "
                    + site.asOf()
                    + " 已 "
                    + age
                    + " 天；"
                    + since
                    + " 至 "
                    + site.asOf()
                    + "（"
                    + window.zh()
                    + "）无新内容",
                "newest item on the home page: "
                    + site.columnPath(item)
                    + "/"
                    + item.slug()
                    + " of "
                    + last
                    + ", "
                    + age
                    + " days before "
                    + site.asOf()
                    + "; nothing new from "
                    + since
                    + " to "
                    + site.asOf()
                    + " ("
                    + window.en()
                    + ")"),
            expected,
            "newest item " + last + " (" + age + " days)"));
  }

  /** The newest item the home page shows, as the rule counts them; empty when it shows none. */
  static Optional<Item> newest(SiteContent site, Rule rule) {
    List<Column> shown =
        site.site().columns().stream().filter(c -> rule.appliesTo(c.category())).toList();
    if (shown.isEmpty()) {
      shown = site.site().columns();
    }
    Stream<Item> items = shown.stream().flatMap(c -> site.subtreeItems(c).stream());
    if (rule.appliesTo(org.zhanqun.model.site.ColumnCategory.GUIDE)) {
      items =
          Stream.concat(
              items, site.sourceItems().stream().filter(i -> i.type() == ContentType.GUIDE));
    }
    if (site.site().kind() == SiteKind.PORTAL) {
      items = Stream.concat(items, departmentNews(site));
    }
    return items.min(ClusterAsOf.NEWEST_FIRST);
  }

  /** The portal's home page lists the departments' newest news in its language. */
  private static Stream<Item> departmentNews(SiteContent site) {
    String language = site.site().sourceLanguage();
    return site.cluster().cluster().sites().stream()
        .filter(s -> s.kind() != SiteKind.PORTAL)
        .flatMap(s -> site.cluster().items(s.id()).stream())
        .filter(i -> i.type() == ContentType.NEWS && i.language().equals(language));
  }
}
