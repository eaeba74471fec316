package org.zhanqun.builder.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.zhanqun.builder.i18n.UiStrings;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.template.RenderException;
import org.zhanqun.builder.template.Themes;
import org.zhanqun.builder.writer.Manifest;
import org.zhanqun.builder.writer.PublishedFolder;
import org.zhanqun.builder.writer.Staging;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.Site;

/**
 * Builds the published cluster from a {@link ContentSet}. Keep one per output folder and call
 * {@link #run} for every build: it remembers rendered bodies between runs, so a warm rebuild
 * renders only what changed. Runs are serialised; a run is all or nothing for readers.
 *
 * <p>One bad item or site never stops the others: an item whose page would be written where another
 * output goes (see {@link UrlScheme#RESERVED_SLUGS}) or fails to render is left out, as if it were
 * not live; a site whose theme is missing or whose own pages fail keeps its previous output. The
 * {@link BuildReport#problems()} say what was left out and why.
 */
public final class ClusterBuild {

  /** Bump when the builder's output changes for the same input, so old fingerprints expire. */
  private static final String OUTPUT_VERSION = "1";

  /** Up to this many changed files (or 5% of the outputs) patch the current version in place. */
  private static final int PATCH_LIMIT = 200;

  /**
   * Where the build reads and writes.
   *
   * @param templates the {@code site-templates/} folder
   * @param i18n the {@code i18n/} folder
   * @param output the published folder (a symbolic link to the current version once built)
   * @param baseUrl replaces the cluster's base URL when present
   * @param site builds only this site's pages when present (cluster-wide files stay as they are)
   * @param full renders everything, ignoring what the previous build left
   * @param searchApi the base URL of the content server's API that the search pages call (absolute
   *     {@code http(s)} or a path from the root, ending in {@code /}); when empty, {@code api/v1/}
   *     under the base URL's path, where the content server answers when it serves the cluster
   */
  public record Settings(
      Path templates,
      Path i18n,
      Path output,
      Optional<URI> baseUrl,
      Optional<String> site,
      boolean full,
      Optional<String> searchApi) {

    /** Settings with the search API at its default place. */
    public Settings(
        Path templates,
        Path i18n,
        Path output,
        Optional<URI> baseUrl,
        Optional<String> site,
        boolean full) {
      this(templates, i18n, output, baseUrl, site, full, Optional.empty());
    }
  }

  /** Hears how far a build is; calls come from several threads during rendering. */
  public interface Progress {
    void phase(String name, int steps);

    void step();

    Progress NONE =
        new Progress() {
          @Override
          public void phase(String name, int steps) {}

          @Override
          public void step() {}
        };
  }

  private final Settings settings;
  private final Progress progress;
  private final PublishedFolder folder;
  private final MarkdownBodies bodies = new MarkdownBodies();

  /** The cluster and the templates' fingerprint of the last successful run; null before it. */
  private Cluster lastCluster;

  private String lastInputsPrint;

  /** What the last successful run left out ({@link LeftOut#keys}). */
  private Set<String> lastLeftOut = Set.of();

  public ClusterBuild(Settings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
    this.folder = new PublishedFolder(settings.output());
  }

  /**
   * Builds and publishes.
   *
   * @throws BuildFailedException when the UI strings cannot be read, a file of the cluster's own
   *     (404 page, sitemap index) fails, or every site to build is left out; nothing is published
   *     then
   * @throws IOException when the output cannot be written
   */
  public synchronized BuildReport run(ContentSet content) throws BuildFailedException, IOException {
    return run(content, Optional.empty());
  }

  /**
   * Builds and publishes, told what changed since this builder's previous run: when neither the
   * sites, columns, templates nor UI strings changed since then, only the pages that {@code
   * changedGroups} may affect are fingerprinted (see {@link PageInputs}); every other page keeps
   * its published fingerprint. With an empty hint, every page is fingerprinted.
   *
   * @param changedGroups the translation groups of every item added, changed or removed since the
   *     previous run, with every group those items referred to before or after the change
   * @throws BuildFailedException as {@link #run(ContentSet)}
   * @throws IOException when the output cannot be written
   */
  public synchronized BuildReport run(
      ContentSet content, Optional<Set<ItemReference>> changedGroups)
      throws BuildFailedException, IOException {
    Cluster clusterBefore = lastCluster;
    Set<String> leftOutBefore = lastLeftOut;
    lastCluster = null; // until this run succeeds
    long start = System.nanoTime();
    // Phases, in order: settle settings → assemble → fingerprint → render → write → publish.
    // What cannot be built (a clash, a page that fails) is left out and the phases start again
    // without it, so that one item or site never stops the others.
    ContentSet scoped = underBaseUrl(content);
    Cluster cluster = scoped.cluster();
    List<Site> sites = sitesInScope(cluster);
    UiStrings strings = loadStrings(cluster);
    Themes themes = new Themes(settings.templates(), strings);
    LeftOut leftOut = new LeftOut(cluster);
    leaveOutSitesWithoutTheme(cluster.sites(), themes, leftOut);
    String inputsPrint = inputsFingerprint(themes);
    Manifest current = folder.currentManifest();
    Manifest previous = settings.full() ? Manifest.EMPTY : current;
    UrlScheme urls = new UrlScheme(cluster);

    PhaseClock clock = new PhaseClock();
    clock.end("settings");
    for (; ; ) {
      leftOut.requireSomethingOf(sites);
      progress.phase("assemble", 1);
      PageAssembler assembler =
          new PageAssembler(leftOut.without(scoped), urls, strings, searchApi(urls));
      List<PageTask> tasks =
          assembler.tasks(settings.site()).stream().filter(leftOut::builds).toList();
      Map<String, Path> copies = new TreeMap<>();
      Map<String, String> copyOwners = new TreeMap<>();
      Map<String, String> copyPrints = new TreeMap<>();
      Set<String> assets = collectAssets(cluster, sites, themes, leftOut, copies, copyOwners);
      List<Map.Entry<String, Item>> formFiles =
          assembler.formFiles(settings.site()).stream()
              .filter(f -> !leftOut.sites.contains(f.getValue().site()))
              .toList();
      if (leaveOutClashes(tasks, formFiles, assets, leftOut)) {
        continue;
      }
      for (Map.Entry<String, Item> file : formFiles) {
        copies.put(file.getKey(), file.getValue().form().location());
        copyOwners.put(file.getKey(), file.getValue().site());
        copyPrints.put(file.getKey(), file.getValue().form().sha256());
      }
      for (String asset : assets) {
        copyPrints.put(asset, sha256(Files.readAllBytes(copies.get(asset))));
      }
      progress.step();

      clock.end("assemble");
      progress.phase("fingerprint", tasks.size());
      Map<String, Manifest.Entry> entries = new ConcurrentHashMap<>();
      Set<String> leftOutNow = leftOut.keys();
      Optional<Set<ItemReference>> hint =
          changedGroups.filter(
              groups ->
                  !settings.full()
                      && cluster.equals(clusterBefore)
                      && inputsPrint.equals(lastInputsPrint)
                      && leftOutNow.equals(leftOutBefore));
      List<PageTask> changed =
          tasks.parallelStream()
              .filter(
                  task -> {
                    Manifest.Entry published = previous.entries().get(task.path());
                    if (hint.isPresent() && published != null && !task.affectedBy(hint.get())) {
                      entries.put(task.path(), published);
                      progress.step();
                      return false;
                    }
                    String print = fingerprint(inputsPrint, task);
                    entries.put(task.path(), new Manifest.Entry(task.owner(), print));
                    progress.step();
                    Manifest.Entry before = previous.entries().get(task.path());
                    return before == null || !before.fingerprint().equals(print);
                  })
              .toList();
      String robots = assembler.robots();
      entries.put(urls.robotsPath(), new Manifest.Entry("", sha256(robots)));
      copyPrints.forEach(
          (path, print) -> entries.put(path, new Manifest.Entry(copyOwners.get(path), print)));

      clock.end("fingerprint");
      progress.phase("render", changed.size());
      Map<String, byte[]> rendered = new ConcurrentHashMap<>();
      Map<PageTask, String> failures = new ConcurrentHashMap<>();
      changed.parallelStream()
          .forEach(
              task -> {
                try {
                  rendered.put(
                      task.path(),
                      themes.render(
                          task.theme(),
                          task.format().templates(),
                          task.format().rootName(),
                          task.model().apply(bodies),
                          task.language()));
                } catch (RenderException | RuntimeException e) {
                  failures.put(task, String.valueOf(e.getMessage()));
                }
                progress.step();
              });
      if (!failures.isEmpty()) {
        leaveOutFailures(failures, leftOut);
        continue;
      }

      Manifest.Entry robotsBefore = previous.entries().get(urls.robotsPath());
      if (robotsBefore == null || !robotsBefore.fingerprint().equals(sha256(robots))) {
        rendered.put(urls.robotsPath(), robots.getBytes(StandardCharsets.UTF_8));
      }
      Map<String, Path> toCopy = new TreeMap<>();
      copies.forEach(
          (path, source) -> {
            Manifest.Entry before = previous.entries().get(path);
            if (before == null || !before.fingerprint().equals(copyPrints.get(path))) {
              toCopy.put(path, source);
            }
          });
      Set<String> removed = new TreeSet<>();
      current
          .entries()
          .forEach(
              (path, entry) -> {
                if (!entries.containsKey(path)
                    && inScope(entry.owner())
                    && !leftOut.keepsOutputsOf(entry.owner())) {
                  removed.add(path);
                }
              });
      clock.end("render");

      Staging staging =
          staging(
              rendered.size() + toCopy.size() + removed.size(),
              entries.size(),
              !leftOut.sites.isEmpty());
      clock.end("stage");
      try {
        progress.phase("write", rendered.size() + toCopy.size() + removed.size());
        rendered.entrySet().parallelStream().forEach(e -> write(staging, e.getKey(), e.getValue()));
        for (Map.Entry<String, Path> copy : toCopy.entrySet()) {
          staging.copy(copy.getKey(), copy.getValue());
          progress.step();
        }
        for (String path : removed) {
          staging.delete(path);
          progress.step();
        }
        Map<String, Manifest.Entry> kept = new LinkedHashMap<>(current.entries());
        kept.keySet().removeAll(removed);
        kept.putAll(entries);
        clock.end("write");
        staging.publish(new Manifest(kept));
        clock.end("publish");
        bodies.retainOnly(hashesOf(content));
        lastCluster = cluster;
        lastInputsPrint = inputsPrint;
        lastLeftOut = leftOutNow;
        return new BuildReport(
            sites.size(),
            sites.stream().flatMap(s -> s.languages().stream()).distinct().sorted().toList(),
            tasks.size() + 1,
            changed.size(),
            copies.size(),
            toCopy.size(),
            removed.size(),
            Duration.ofNanos(System.nanoTime() - start),
            clock.phases(),
            writtenPaths(rendered.keySet(), toCopy.keySet()),
            List.copyOf(removed),
            strings.missingKeys(cluster.languages()),
            translationCoverage(scoped, sites),
            leftOut.problems);
      } catch (IOException | RuntimeException e) {
        staging.discard();
        throw e;
      }
    }
  }

  /**
   * What a run leaves out, and why: sites (their previous output stays as it was), columns (their
   * list pages and items) and items (built as if they were not live).
   */
  private static final class LeftOut {
    final Cluster cluster;
    final Set<String> sites = new TreeSet<>();
    final Set<String> columns = new TreeSet<>();
    final Set<Item> items = Collections.newSetFromMap(new IdentityHashMap<>());
    final List<BuildProblem> problems = new ArrayList<>();

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
          content.cluster(), content.items().stream().filter(i -> !items.contains(i)).toList());
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
  }

  /**
   * Where this build's changes go: a patch of the current version when they are few (cheap, and
   * each file still replaced atomically), else a new version swapped in whole. A full build, or one
   * with nothing published yet, always writes a new version; a one-site build starts its new
   * version from the current one even when full, so other sites stay; so does a build that leaves a
   * site out, whose published files stay.
   */
  private Staging staging(int changes, int outputs, boolean keepingSites) throws IOException {
    if (!settings.full() && changes <= Math.max(PATCH_LIMIT, outputs / 20)) {
      Optional<Staging> patch = folder.patch();
      if (patch.isPresent()) {
        return patch.get();
      }
    }
    return folder.stage(!settings.full() || settings.site().isPresent() || keepingSites);
  }

  /**
   * Renders the page of {@code item} as it would be published, without writing anything: the
   * preview of an unpublished version. {@code content} must hold {@code item}, not as a draft (the
   * caller puts the version to preview in place of the live one).
   *
   * @throws BuildFailedException when a theme, template or UI string fails, or the item has no page
   *     in {@code content}
   */
  public byte[] preview(ContentSet content, Item item) throws BuildFailedException {
    ContentSet scoped = underBaseUrl(content);
    Cluster cluster = scoped.cluster();
    UiStrings strings = loadStrings(cluster);
    Themes themes = new Themes(settings.templates(), strings);
    Site site =
        cluster
            .site(item.site())
            .orElseThrow(() -> new BuildFailedException(List.of("no site " + item.site())));
    checkThemes(List.of(site), themes);
    UrlScheme urls = new UrlScheme(cluster);
    PageAssembler assembler = new PageAssembler(scoped, urls, strings, searchApi(urls));
    String path = assembler.itemPath(item);
    PageTask task =
        assembler.tasks(Optional.of(site.id())).stream()
            .filter(t -> t.path().equals(path))
            .findFirst()
            .orElseThrow(
                () -> new BuildFailedException(List.of(item.file() + ": no page to preview")));
    try {
      return themes.render(
          task.theme(),
          task.format().templates(),
          task.format().rootName(),
          task.model().apply(bodies),
          task.language());
    } catch (RenderException e) {
      throw new BuildFailedException(List.of(path + ": " + e.getMessage()));
    }
  }

  /** How long each phase took, in the order they ran. */
  private static final class PhaseClock {
    private final Map<String, Duration> phases = new LinkedHashMap<>();
    private long last = System.nanoTime();

    void end(String phase) {
      long now = System.nanoTime();
      phases.put(phase, Duration.ofNanos(now - last));
      last = now;
    }

    Map<String, Duration> phases() {
      return Collections.unmodifiableMap(phases);
    }
  }

  private static List<String> writtenPaths(Set<String> rendered, Set<String> copied) {
    Set<String> paths = new TreeSet<>(rendered);
    paths.addAll(copied);
    return List.copyOf(paths);
  }

  /** The search endpoint the search pages call. */
  private String searchApi(UrlScheme urls) {
    return settings.searchApi().orElseGet(() -> urls.url("api/v1/")) + "search";
  }

  /** {@code content} published under the settings' base URL, when one is given. */
  private ContentSet underBaseUrl(ContentSet content) {
    return settings
        .baseUrl()
        .map(url -> new ContentSet(content.cluster().withBaseUrl(url), content.items()))
        .orElse(content);
  }

  private List<Site> sitesInScope(Cluster cluster) throws BuildFailedException {
    if (settings.site().isEmpty()) {
      return cluster.sites();
    }
    String id = settings.site().get();
    return List.of(
        cluster
            .site(id)
            .orElseThrow(
                () ->
                    new BuildFailedException(
                        List.of(
                            "--site "
                                + id
                                + ": no such site; the cluster has "
                                + cluster.sites().stream().map(Site::id).toList()))));
  }

  private UiStrings loadStrings(Cluster cluster) throws BuildFailedException {
    try {
      return UiStrings.load(settings.i18n(), cluster.defaultLanguage(), cluster.languages());
    } catch (IOException e) {
      throw new BuildFailedException(List.of(settings.i18n() + ": " + e.getMessage()));
    }
  }

  private static void checkThemes(List<Site> sites, Themes themes) throws BuildFailedException {
    List<String> failures = new ArrayList<>();
    for (Site site : sites) {
      if (!themes.exists(site.theme())) {
        failures.add(noTheme(site));
      }
    }
    if (!failures.isEmpty()) {
      throw new BuildFailedException(failures);
    }
  }

  private static void leaveOutSitesWithoutTheme(List<Site> sites, Themes themes, LeftOut leftOut) {
    for (Site site : sites) {
      if (!themes.exists(site.theme())) {
        leftOut.site(site.id(), noTheme(site));
      }
    }
  }

  private static String noTheme(Site site) {
    return site.id() + "/site.yaml: theme '" + site.theme() + "' is not a folder of the templates";
  }

  /** Puts the theme assets to copy in {@code copies}; returns their paths. */
  private Set<String> collectAssets(
      Cluster cluster,
      List<Site> sites,
      Themes themes,
      LeftOut leftOut,
      Map<String, Path> copies,
      Map<String, String> owners)
      throws IOException {
    Set<String> paths = new TreeSet<>();
    if (settings.site().isPresent()) {
      return paths;
    }
    Set<String> usedThemes = new TreeSet<>();
    cluster.sites().stream()
        .filter(s -> !leftOut.sites.contains(s.id()))
        .forEach(s -> usedThemes.add(s.theme()));
    for (String theme : usedThemes) {
      for (Map.Entry<String, Path> asset : themes.assets(theme).entrySet()) {
        String path = "assets/" + theme + "/" + asset.getKey();
        copies.put(path, asset.getValue());
        owners.put(path, "");
        paths.add(path);
      }
    }
    return paths;
  }

  /**
   * Finds the files two outputs would be written to and leaves out the one with the lesser claim:
   * the sites' own files (homes, feeds, search pages) and theme assets come first, in the cluster's
   * order of sites; then columns' lists; then form files and item pages, the earlier published
   * first. A later site, column or item that claims a taken file is left out.
   *
   * @return whether anything was left out (the run starts again without it)
   */
  private static boolean leaveOutClashes(
      List<PageTask> tasks,
      List<Map.Entry<String, Item>> formFiles,
      Set<String> assets,
      LeftOut leftOut) {
    int before = leftOut.problems.size();
    Map<String, String> claims = new HashMap<>();
    assets.forEach(path -> claims.put(path, "a theme asset"));
    for (PageTask task : tasks) {
      if (task.item() == null && task.column() == null) {
        String holder = claims.putIfAbsent(task.path(), task.describe());
        if (holder != null && !task.owner().isEmpty()) {
          leftOut.site(task.owner(), clash(task.path(), holder));
        }
      }
    }
    for (PageTask task : tasks) {
      if (task.column() != null) {
        String holder = claims.putIfAbsent(task.path(), task.describe());
        if (holder != null) {
          leftOut.column(task.owner(), task.column(), clash(task.path(), holder));
        }
      }
    }
    Comparator<Item> earlierFirst = Comparator.comparing(Item::published).thenComparing(Item::file);
    formFiles.stream()
        .sorted(Comparator.comparing(Map.Entry::getValue, earlierFirst))
        .forEach(
            file -> {
              String holder =
                  claims.putIfAbsent(file.getKey(), "the form file of " + file.getValue().file());
              if (holder != null) {
                leftOut.item(file.getValue(), clash(file.getKey(), holder));
              }
            });
    tasks.stream()
        .filter(t -> t.item() != null)
        .sorted(Comparator.comparing(PageTask::item, earlierFirst))
        .forEach(
            task -> {
              String holder = claims.putIfAbsent(task.path(), task.describe());
              if (holder != null) {
                leftOut.item(task.item(), clash(task.path(), holder));
              }
            });
    return leftOut.problems.size() > before;
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
  private static void leaveOutFailures(Map<PageTask, String> failures, LeftOut leftOut)
      throws BuildFailedException {
    List<String> fatal = new ArrayList<>();
    new TreeMap<>(
            failures.entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(e -> e.getKey().path(), e -> e, (a, b) -> a)))
        .values()
        .forEach(
            failure -> {
              PageTask task = failure.getKey();
              String reason = task.path() + ": " + failure.getValue();
              if (task.item() != null) {
                leftOut.item(task.item(), "its page fails to render: " + reason);
              } else if (!task.owner().isEmpty()) {
                leftOut.site(task.owner(), reason);
              } else {
                fatal.add(reason);
              }
            });
    if (!fatal.isEmpty()) {
      throw new BuildFailedException(fatal);
    }
  }

  private boolean inScope(String owner) {
    return settings.site().isEmpty() || settings.site().get().equals(owner);
  }

  private static void write(Staging staging, String path, byte[] bytes) {
    try {
      staging.write(path, bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A hash of everything besides content that shapes the output: templates, assets, strings. */
  private String inputsFingerprint(Themes themes) throws IOException {
    MessageDigest digest = sha256();
    digest.update(OUTPUT_VERSION.getBytes(StandardCharsets.UTF_8));
    List<Path> files = new ArrayList<>(themes.allFiles());
    if (Files.isDirectory(settings.i18n())) {
      try (Stream<Path> bundles = Files.list(settings.i18n())) {
        bundles.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    for (Path file : files) {
      digest.update(file.toString().getBytes(StandardCharsets.UTF_8));
      try (InputStream in = Files.newInputStream(file)) {
        digest.update(in.readAllBytes());
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String fingerprint(String inputsPrint, PageTask task) {
    MessageDigest digest = sha256();
    ModelFingerprint.feed(
        digest, List.of(inputsPrint, task.theme(), task.format().toString(), task.language()));
    ModelFingerprint.feed(digest, task.model().apply(Bodies.PLACEHOLDERS));
    return HexFormat.of().formatHex(digest.digest());
  }

  private static List<String> translationCoverage(ContentSet content, List<Site> sites) {
    Map<String, Set<String>> groups = new HashMap<>();
    Map<String, Set<String>> byLanguage = new HashMap<>();
    for (Item item : content.items()) {
      if (!item.draft()) {
        groups.computeIfAbsent(item.site(), s -> new HashSet<>()).add(item.translationKey());
        byLanguage
            .computeIfAbsent(item.site() + " " + item.language(), l -> new HashSet<>())
            .add(item.translationKey());
      }
    }
    List<String> lines = new ArrayList<>();
    for (Site site : sites) {
      int total = groups.getOrDefault(site.id(), Set.of()).size();
      for (String language : site.languages()) {
        int have = byLanguage.getOrDefault(site.id() + " " + language, Set.of()).size();
        int percent = total == 0 ? 100 : (int) Math.floor(100.0 * have / total);
        lines.add(
            site.id() + " " + language + ": " + have + " of " + total + " (" + percent + "%)");
      }
    }
    return lines;
  }

  private static Set<String> hashesOf(ContentSet content) {
    Set<String> hashes = new HashSet<>();
    content.items().forEach(i -> hashes.add(i.contentHash()));
    return hashes;
  }

  private static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
