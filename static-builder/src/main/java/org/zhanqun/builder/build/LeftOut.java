package org.zhanqun.builder.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.template.Themes;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.Site;

/**
 * What a run leaves out, and why: sites (their previous output stays as it was), columns (their
 * list pages and items) and items (built as if they were not live). Grows during a run, which
 * assembles again after each addition; not thread-safe.
 */
final class LeftOut {
  private final Cluster cluster;
  private final Set<String> sites = new TreeSet<>();
  private final Set<String> columns = new TreeSet<>();
  private final Set<Item> items = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<BuildProblem> problems = new ArrayList<>();

  LeftOut(Cluster cluster) {
    this.cluster = cluster;
  }

  void site(String site, String reason) {
    if (sites.add(site)) {
      problems.add(BuildProblem.ofSite(site, reason));
    }
  }

  void column(String site, Column column, String reason) {
    if (columns.add(site + "/" + column.code())) {
      problems.add(BuildProblem.ofSite(site, "column " + column.path() + " left out: " + reason));
    }
  }

  void item(Item item, String reason) {
    if (items.add(item)) {
      problems.add(BuildProblem.ofItem(item, reason));
    }
  }

  /** Whether the task's file is built: its site, column and item are not left out. */
  boolean builds(PageTask task) {
    if (task.owner().isEmpty()) {
      // the cluster's own files (404 page, sitemap index) are rendered with the portal's theme
      return !sites.contains(cluster.portal().id());
    }
    return !sites.contains(task.owner())
        && (task.column() == null || !columns.contains(task.owner() + "/" + task.column().code()))
        && (task.item() == null || !items.contains(task.item()));
  }

  /** Whether the published files of {@code owner} stay as they are: its site is left out. */
  boolean keepsOutputsOf(String owner) {
    return sites.contains(owner.isEmpty() ? cluster.portal().id() : owner);
  }

  /** {@code content} without the items left out, and without the items of left-out columns. */
  ContentSet without(ContentSet content) {
    if (items.isEmpty() && columns.isEmpty()) {
      return content;
    }
    for (Item item : content.items()) {
      if (!item.draft() && columns.contains(item.site() + "/" + item.column())) {
        item(item, "its column " + item.column() + " is left out");
      }
    }
    return new ContentSet(
            content.cluster(), content.items().stream().filter(i -> !items.contains(i)).toList())
        .withInteraction(content.interaction());
  }

  /** Fails the build when every site it should build is left out. */
  void requireSomethingOf(List<Site> scope) throws BuildFailedException {
    if (scope.stream().allMatch(s -> sites.contains(s.id()))) {
      throw new BuildFailedException(problems.stream().map(BuildProblem::reason).toList());
    }
  }

  /** What was left out, comparable between runs. */
  Set<String> keys() {
    Set<String> keys = new TreeSet<>();
    sites.forEach(s -> keys.add("site " + s));
    columns.forEach(c -> keys.add("column " + c));
    items.forEach(i -> keys.add("item " + i.file() + " " + i.contentHash()));
    return keys;
  }

  /** Whether the site {@code id} is left out. */
  boolean leavesOutSite(String id) {
    return sites.contains(id);
  }

  /** Whether any site is left out. */
  boolean leavesOutAnySite() {
    return !sites.isEmpty();
  }

  /** Why each thing was left out, in the order it was. */
  List<BuildProblem> problems() {
    return problems;
  }

  /** Leaves out each of {@code sites} whose theme is not a folder of the templates. */
  void addSitesWithoutTheme(List<Site> sites, Themes themes) {
    for (Site site : sites) {
      if (!themes.exists(site.theme())) {
        site(site.id(), noTheme(site));
      }
    }
  }

  /** Whether two forms are language versions of one form offering the very same file. */
  private static boolean sameFile(Item a, Item b) {
    return a.reference().equals(b.reference()) && a.form().sha256().equals(b.form().sha256());
  }

  static String noTheme(Site site) {
    return site.id() + "/site.yaml: theme '" + site.theme() + "' is not a folder of the templates";
  }

  /**
   * Finds the files two outputs would be written to and leaves out the one with the lesser claim:
   * the sites' own files (homes, feeds, search pages) and theme assets come first, in the cluster's
   * order of sites; then columns' lists; then form files and item pages, the earlier published
   * first. A later site, column or item that claims a taken file is left out.
   *
   * @return whether anything was left out (the run starts again without it)
   */
  boolean addClashes(
      List<PageTask> tasks, List<Map.Entry<String, Item>> formFiles, Set<String> assets) {
    int before = problems.size();
    Map<String, String> claims = new HashMap<>();
    assets.forEach(path -> claims.put(path, "a theme asset"));
    for (PageTask task : tasks) {
      if (task.item() == null && task.column() == null) {
        String holder = claims.putIfAbsent(task.path(), task.describe());
        if (holder != null && !task.owner().isEmpty()) {
          site(task.owner(), clash(task.path(), holder));
        }
      }
    }
    for (PageTask task : tasks) {
      if (task.column() != null) {
        String holder = claims.putIfAbsent(task.path(), task.describe());
        if (holder != null) {
          column(task.owner(), task.column(), clash(task.path(), holder));
        }
      }
    }
    Comparator<Item> earlierFirst = Comparator.comparing(Item::published).thenComparing(Item::file);
    Map<String, Item> formHolders = new HashMap<>();
    formFiles.stream()
        .sorted(Comparator.comparing(Map.Entry::getValue, earlierFirst))
        .forEach(
            file -> {
              Item form = file.getValue();
              Item earlier = formHolders.putIfAbsent(file.getKey(), form);
              if (earlier != null && sameFile(earlier, form)) {
                return; // the language versions of one form offer one file: written once
              }
              String holder = claims.putIfAbsent(file.getKey(), "the form file of " + form.file());
              if (holder != null) {
                item(form, clash(file.getKey(), holder));
              }
            });
    tasks.stream()
        .filter(t -> t.item() != null)
        .sorted(Comparator.comparing(PageTask::item, earlierFirst))
        .forEach(
            task -> {
              String holder = claims.putIfAbsent(task.path(), task.describe());
              if (holder != null) {
                item(task.item(), clash(task.path(), holder));
              }
            });
    return problems.size() > before;
  }

  private static String clash(String path, String holder) {
    return "two outputs would be written here: "
        + path
        + " is already "
        + holder
        + (path.endsWith("/index.html") ? " (is a slug 'index'?)" : "");
  }

  /**
   * Leaves out what failed to render: an item whose page failed, else the site whose page failed.
   *
   * @throws BuildFailedException when a file of the cluster's own failed (404 page, sitemap index):
   *     nothing can be left out for it
   */
  void addFailures(Map<PageTask, String> failures) throws BuildFailedException {
    List<String> fatal = new ArrayList<>();
    new TreeMap<>(
            failures.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().path(), e -> e, (a, b) -> a)))
        .values()
        .forEach(
            failure -> {
              PageTask task = failure.getKey();
              String reason = task.path() + ": " + failure.getValue();
              if (task.item() != null) {
                item(task.item(), "its page fails to render: " + reason);
              } else if (!task.owner().isEmpty()) {
                site(task.owner(), reason);
              } else {
                fatal.add(reason);
              }
            });
    if (!fatal.isEmpty()) {
      throw new BuildFailedException(fatal);
    }
  }
}
