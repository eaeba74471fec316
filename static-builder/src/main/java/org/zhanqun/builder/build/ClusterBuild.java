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
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
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
import org.zhanqun.builder.site.Cluster;
import org.zhanqun.builder.site.Site;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.source.Item;
import org.zhanqun.builder.source.ItemReference;
import org.zhanqun.builder.template.RenderException;
import org.zhanqun.builder.template.Themes;
import org.zhanqun.builder.writer.Manifest;
import org.zhanqun.builder.writer.PublishedFolder;
import org.zhanqun.builder.writer.Staging;

/**
 * Builds the published cluster from a {@link ContentSet}. Keep one per output folder and call
 * {@link #run} for every build: it remembers rendered bodies between runs, so a warm rebuild
 * renders only what changed. Runs are serialised; a run is all or nothing for readers.
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

  public ClusterBuild(Settings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
    this.folder = new PublishedFolder(settings.output());
  }

  /**
   * Builds and publishes.
   *
   * @throws BuildFailedException when a theme, template or UI string is missing or a template
   *     fails; nothing is published then
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
    lastCluster = null; // until this run succeeds
    long start = System.nanoTime();
    // Phases, in order: settle settings → assemble → fingerprint → render → write → publish.
    ContentSet scoped = underBaseUrl(content);
    Cluster cluster = scoped.cluster();
    List<Site> sites = sitesInScope(cluster);
    UiStrings strings = loadStrings(cluster);
    Themes themes = new Themes(settings.templates(), strings);
    checkThemes(sites, themes);

    PhaseClock clock = new PhaseClock();
    clock.end("settings");
    progress.phase("assemble", 1);
    UrlScheme urls = new UrlScheme(cluster);
    PageAssembler assembler = new PageAssembler(scoped, urls, strings, searchApi(urls));
    List<PageTask> tasks = assembler.tasks(settings.site());
    Map<String, Path> copies = new TreeMap<>();
    Map<String, String> copyOwners = new TreeMap<>();
    Map<String, String> copyPrints = new TreeMap<>();
    collectCopies(cluster, sites, themes, assembler, copies, copyOwners, copyPrints);
    checkUniquePaths(tasks, copies.keySet());
    progress.step();

    clock.end("assemble");
    String inputsPrint = inputsFingerprint(themes);
    Manifest current = folder.currentManifest();
    Manifest previous = settings.full() ? Manifest.EMPTY : current;
    progress.phase("fingerprint", tasks.size());
    Map<String, Manifest.Entry> entries = new ConcurrentHashMap<>();
    Optional<Set<ItemReference>> hint =
        changedGroups.filter(
            groups ->
                !settings.full()
                    && cluster.equals(clusterBefore)
                    && inputsPrint.equals(lastInputsPrint));
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
    entries.put("robots.txt", new Manifest.Entry("", sha256(assembler.robots())));
    copyPrints.forEach(
        (path, print) -> entries.put(path, new Manifest.Entry(copyOwners.get(path), print)));

    clock.end("fingerprint");
    progress.phase("render", changed.size());
    Map<String, byte[]> rendered = new ConcurrentHashMap<>();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
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
                failures.add(task.path() + ": " + e.getMessage());
              }
              progress.step();
            });
    if (!failures.isEmpty()) {
      throw new BuildFailedException(new TreeSet<>(failures).stream().toList());
    }

    String robots = assembler.robots();
    if (previous.entries().get("robots.txt") == null
        || !previous.entries().get("robots.txt").fingerprint().equals(sha256(robots))) {
      rendered.put("robots.txt", robots.getBytes(StandardCharsets.UTF_8));
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
              if (!entries.containsKey(path) && inScope(entry.owner())) {
                removed.add(path);
              }
            });
    clock.end("render");

    Staging staging = staging(rendered.size() + toCopy.size() + removed.size(), entries.size());
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
          translationCoverage(scoped, sites));
    } catch (IOException | RuntimeException e) {
      staging.discard();
      throw e;
    }
  }

  /**
   * Where this build's changes go: a patch of the current version when they are few (cheap, and
   * each file still replaced atomically), else a new version swapped in whole. A full build, or one
   * with nothing published yet, always writes a new version; a one-site build starts its new
   * version from the current one even when full, so other sites stay.
   */
  private Staging staging(int changes, int outputs) throws IOException {
    if (!settings.full() && changes <= Math.max(PATCH_LIMIT, outputs / 20)) {
      Optional<Staging> patch = folder.patch();
      if (patch.isPresent()) {
        return patch.get();
      }
    }
    return folder.stage(!settings.full() || settings.site().isPresent());
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
        failures.add(
            site.id()
                + "/site.yaml: theme '"
                + site.theme()
                + "' is not a folder of the templates");
      }
    }
    if (!failures.isEmpty()) {
      throw new BuildFailedException(failures);
    }
  }

  private void collectCopies(
      Cluster cluster,
      List<Site> sites,
      Themes themes,
      PageAssembler assembler,
      Map<String, Path> copies,
      Map<String, String> owners,
      Map<String, String> prints)
      throws IOException {
    Set<String> usedThemes = new TreeSet<>();
    (settings.site().isPresent() ? sites : cluster.sites()).forEach(s -> usedThemes.add(s.theme()));
    if (settings.site().isEmpty()) {
      for (String theme : usedThemes) {
        for (Map.Entry<String, Path> asset : themes.assets(theme).entrySet()) {
          String path = "assets/" + theme + "/" + asset.getKey();
          copies.put(path, asset.getValue());
          owners.put(path, "");
          prints.put(path, sha256(Files.readAllBytes(asset.getValue())));
        }
      }
    }
    assembler
        .formFiles(settings.site())
        .forEach(
            (path, item) -> {
              copies.put(path, item.form().location());
              owners.put(path, item.site());
              prints.put(path, item.form().sha256());
            });
  }

  private static void checkUniquePaths(List<PageTask> tasks, Set<String> copies)
      throws BuildFailedException {
    Set<String> seen = new HashSet<>(copies);
    List<String> clashes = new ArrayList<>();
    for (PageTask task : tasks) {
      if (!seen.add(task.path())) {
        clashes.add(task.path() + ": two outputs would be written here (is a slug 'index'?)");
      }
    }
    if (!clashes.isEmpty()) {
      throw new BuildFailedException(clashes);
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
