package org.zhanqun.builder.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
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
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.template.RenderException;
import org.zhanqun.builder.template.Themes;
import org.zhanqun.builder.writer.Manifest;
import org.zhanqun.builder.writer.PublishedFolder;
import org.zhanqun.builder.writer.Staging;
import org.zhanqun.model.interaction.Channel;
import org.zhanqun.model.interaction.PublicInteraction;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.site.Cluster;
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
   * @param api the base URL of the content server's API that the search pages call and the
   *     interaction pages' forms post to (absolute {@code http(s)} or a path from the root, ending
   *     in {@code /}); when empty, {@code api/v1/} under the base URL's path, where the content
   *     server answers when it serves the cluster
   */
  public record Settings(
      Path templates,
      Path i18n,
      Path output,
      Optional<URI> baseUrl,
      Optional<String> site,
      boolean full,
      Optional<String> api) {

    /** Settings with the content server's API at its default place. */
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
  private final Clock wallClock;
  private final PublishedFolder folder;
  private final MarkdownBodies bodies = new MarkdownBodies();

  /** What the last successful run built from; empty before it and while a run is under way. */
  private Optional<LastRun> lastRun = Optional.empty();

  public ClusterBuild(Settings settings, Progress progress) {
    this(settings, progress, Clock.systemUTC());
  }

  /**
   * @param clock tells the build's day (in the cluster's time zone): which consultations are open
   */
  public ClusterBuild(Settings settings, Progress progress, Clock clock) {
    this.settings = settings;
    this.progress = progress;
    this.wallClock = clock;
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
    Optional<LastRun> before = lastRun;
    lastRun = Optional.empty(); // until this run succeeds
    long start = System.nanoTime();
    PhaseClock clock = new PhaseClock();
    // Phases, in order (the report times each): load → assemble → fingerprint → render → stage →
    // write → publish.
    // Fingerprints come before rendering so that only pages whose inputs changed are rendered.
    // What cannot be built (a file two outputs claim, a page that fails to render) is left out and
    // the run goes back to assemble without it, so that one item or site never stops the others.
    Inputs inputs = load(content);
    LeftOut leftOut = new LeftOut(inputs.cluster());
    leftOut.addSitesWithoutTheme(inputs.cluster().sites(), inputs.themes());
    clock.end("load");
    for (; ; ) {
      leftOut.requireSomethingOf(inputs.sites());
      Optional<Assembly> assembly = assemble(inputs, leftOut);
      if (assembly.isEmpty()) {
        continue; // a clash left something out
      }
      clock.end("assemble");
      Set<String> leftOutNow = leftOut.keys();
      LastRun thisRun =
          new LastRun(
              inputs.cluster(),
              InteractionOutline.of(inputs.content().interaction()),
              inputs.inputsPrint(),
              leftOutNow);
      Optional<Set<ItemReference>> hint =
          changedGroups.filter(groups -> !settings.full() && before.equals(Optional.of(thisRun)));
      Fingerprints prints = fingerprint(inputs, assembly.get(), hint);
      clock.end("fingerprint");
      Rendering rendering = render(inputs.themes(), prints.changed());
      if (!rendering.failures().isEmpty()) {
        leftOut.addFailures(rendering.failures());
        continue;
      }
      Changes changes = changes(inputs, assembly.get(), prints, rendering, leftOut);
      clock.end("render");
      publish(changes, inputs.current(), prints.entries(), leftOut.leavesOutAnySite(), clock);
      bodies.retainOnly(hashesOf(content));
      lastRun = Optional.of(thisRun);
      return report(inputs, assembly.get(), prints, changes, leftOut, clock.phases(), start);
    }
  }

  /**
   * What a warm run compares with the last successful one: a hint of what changed holds only when
   * these are equal.
   *
   * @param interaction what of the interaction data pages other than the interaction pages show
   *     (the column pages' links, the sitemaps)
   * @param inputsPrint see {@link #inputsFingerprint}
   * @param leftOut see {@link LeftOut#keys}
   */
  private record LastRun(
      Cluster cluster, InteractionOutline interaction, String inputsPrint, Set<String> leftOut) {}

  /**
   * The letter channels and which consultations exist: what the interaction column pages and the
   * sitemaps show of the interaction data. The interaction pages themselves are fingerprinted on
   * every run ({@link PageInputs#INTERACTION}).
   */
  private record InteractionOutline(List<Channel> channels, List<String> consultations) {

    static InteractionOutline of(PublicInteraction interaction) {
      return new InteractionOutline(
          interaction.channels(),
          interaction.consultations().stream().map(c -> c.site() + "/" + c.code()).toList());
    }
  }

  /**
   * What a run builds from, settled before its first pass.
   *
   * @param content the content, under the settings' base URL
   * @param sites the sites to build
   * @param inputsPrint see {@link #inputsFingerprint}
   * @param current the manifest of the published version
   * @param previous what fingerprints are compared with: {@code current}, or nothing when full
   */
  private record Inputs(
      ContentSet content,
      List<Site> sites,
      UiStrings strings,
      Themes themes,
      UrlScheme urls,
      String inputsPrint,
      Manifest current,
      Manifest previous) {

    Cluster cluster() {
      return content.cluster();
    }
  }

  /** Settles the settings, loads the UI strings and themes, reads the published manifest. */
  private Inputs load(ContentSet content) throws BuildFailedException, IOException {
    ContentSet scoped = underBaseUrl(content);
    Cluster cluster = scoped.cluster();
    List<Site> sites = sitesInScope(cluster);
    UiStrings strings = loadStrings(cluster);
    Themes themes = new Themes(settings.templates(), strings);
    String inputsPrint = inputsFingerprint(themes);
    Manifest current = folder.currentManifest();
    return new Inputs(
        scoped,
        sites,
        strings,
        themes,
        new UrlScheme(cluster),
        inputsPrint,
        current,
        settings.full() ? Manifest.EMPTY : current);
  }

  /**
   * One pass's files: the pages to render, the files to copy as they are, {@code robots.txt}.
   *
   * @param copies by output path
   */
  private record Assembly(List<PageTask> tasks, Map<String, Copy> copies, String robots) {}

  /**
   * A file copied as it is: a theme asset or a form file.
   *
   * @param owner the site it belongs to; empty for the cluster's own
   */
  private record Copy(Path source, String owner, String fingerprint) {}

  /**
   * Works out every file to build from the content less what is left out, and leaves out the lesser
   * claim wherever two outputs would be written to one file.
   *
   * @return empty when a clash left something out: assemble again
   */
  private Optional<Assembly> assemble(Inputs inputs, LeftOut leftOut) throws IOException {
    progress.phase("assemble", 1);
    PageAssembler assembler =
        new PageAssembler(
            leftOut.without(inputs.content()),
            inputs.urls(),
            inputs.strings(),
            api(inputs.urls()),
            today(inputs.cluster()));
    List<PageTask> tasks =
        assembler.tasks(settings.site()).stream().filter(leftOut::builds).toList();
    Map<String, Path> assets = themeAssets(inputs.cluster(), inputs.themes(), leftOut);
    List<Map.Entry<String, Item>> formFiles =
        assembler.formFiles(settings.site()).stream()
            .filter(f -> !leftOut.leavesOutSite(f.getValue().site()))
            .toList();
    if (leftOut.addClashes(tasks, formFiles, assets.keySet())) {
      return Optional.empty();
    }
    Map<String, Copy> copies = new TreeMap<>();
    for (Map.Entry<String, Item> file : formFiles) {
      Item form = file.getValue();
      copies.put(
          file.getKey(), new Copy(form.form().location(), form.site(), form.form().sha256()));
    }
    for (Map.Entry<String, Path> asset : assets.entrySet()) {
      copies.put(
          asset.getKey(),
          new Copy(asset.getValue(), "", sha256(Files.readAllBytes(asset.getValue()))));
    }
    progress.step();
    return Optional.of(new Assembly(tasks, copies, assembler.robots()));
  }

  /**
   * @param entries the manifest entry of every output of the pass
   * @param changed the pages whose fingerprint differs from the previous one: to render
   */
  private record Fingerprints(Map<String, Manifest.Entry> entries, List<PageTask> changed) {}

  /**
   * Fingerprints every page (or, given a {@code hint}, only those it may affect; the others keep
   * their published fingerprint) and every copied file.
   */
  private Fingerprints fingerprint(
      Inputs inputs, Assembly assembly, Optional<Set<ItemReference>> hint) {
    Map<String, Manifest.Entry> previous = inputs.previous().entries();
    progress.phase("fingerprint", assembly.tasks().size());
    Map<String, Manifest.Entry> entries = new ConcurrentHashMap<>();
    List<PageTask> changed =
        assembly.tasks().parallelStream()
            .filter(
                task -> {
                  Manifest.Entry published = previous.get(task.path());
                  if (hint.isPresent() && published != null && !task.affectedBy(hint.get())) {
                    entries.put(task.path(), published);
                    progress.step();
                    return false;
                  }
                  String print = fingerprint(inputs.inputsPrint(), task);
                  entries.put(task.path(), new Manifest.Entry(task.owner(), print));
                  progress.step();
                  return differs(published, print);
                })
            .toList();
    entries.put(inputs.urls().robotsPath(), new Manifest.Entry("", sha256(assembly.robots())));
    assembly
        .copies()
        .forEach(
            (path, copy) ->
                entries.put(path, new Manifest.Entry(copy.owner(), copy.fingerprint())));
    return new Fingerprints(entries, changed);
  }

  /**
   * @param pages the rendered bytes by output path
   * @param failures each page that failed, with why
   */
  private record Rendering(Map<String, byte[]> pages, Map<PageTask, String> failures) {}

  /** Renders {@code changed} in parallel; a page that fails leaves the others be. */
  private Rendering render(Themes themes, List<PageTask> changed) {
    progress.phase("render", changed.size());
    Map<String, byte[]> pages = new ConcurrentHashMap<>();
    Map<PageTask, String> failures = new ConcurrentHashMap<>();
    changed.parallelStream()
        .forEach(
            task -> {
              try {
                pages.put(task.path(), render(themes, task));
              } catch (RenderException | RuntimeException e) {
                failures.put(task, String.valueOf(e.getMessage()));
              }
              progress.step();
            });
    return new Rendering(pages, failures);
  }

  private byte[] render(Themes themes, PageTask task) throws RenderException {
    return themes.render(
        task.theme(),
        task.format().templates(),
        task.format().rootName(),
        task.model().apply(bodies),
        task.language());
  }

  /**
   * What the run changes in the published version.
   *
   * @param writes bytes by output path: the rendered pages, {@code robots.txt} when it changed
   * @param copies source by output path: the copied files that changed
   * @param removals the published files this run no longer makes
   */
  private record Changes(
      Map<String, byte[]> writes, Map<String, Path> copies, Set<String> removals) {

    int count() {
      return writes.size() + copies.size() + removals.size();
    }
  }

  private Changes changes(
      Inputs inputs, Assembly assembly, Fingerprints prints, Rendering rendering, LeftOut leftOut) {
    Map<String, Manifest.Entry> previous = inputs.previous().entries();
    Map<String, byte[]> writes = new HashMap<>(rendering.pages());
    String robotsPath = inputs.urls().robotsPath();
    if (differs(previous.get(robotsPath), sha256(assembly.robots()))) {
      writes.put(robotsPath, assembly.robots().getBytes(StandardCharsets.UTF_8));
    }
    Map<String, Path> copies = new TreeMap<>();
    assembly
        .copies()
        .forEach(
            (path, copy) -> {
              if (differs(previous.get(path), copy.fingerprint())) {
                copies.put(path, copy.source());
              }
            });
    Set<String> removals = new TreeSet<>();
    inputs
        .current()
        .entries()
        .forEach(
            (path, entry) -> {
              if (!prints.entries().containsKey(path)
                  && inScope(entry.owner())
                  && !leftOut.keepsOutputsOf(entry.owner())) {
                removals.add(path);
              }
            });
    return new Changes(writes, copies, removals);
  }

  /**
   * Stages the changes, then publishes them with the new manifest in one step; nothing is published
   * when a write fails.
   *
   * @param entries the manifest entry of every output of this run
   * @param keepingSites whether a site is left out, whose published files stay
   */
  private void publish(
      Changes changes,
      Manifest current,
      Map<String, Manifest.Entry> entries,
      boolean keepingSites,
      PhaseClock clock)
      throws IOException {
    Staging staging = staging(changes.count(), entries.size(), keepingSites);
    clock.end("stage");
    try {
      progress.phase("write", changes.count());
      changes.writes().entrySet().parallelStream()
          .forEach(e -> write(staging, e.getKey(), e.getValue()));
      for (Map.Entry<String, Path> copy : changes.copies().entrySet()) {
        staging.copy(copy.getKey(), copy.getValue());
        progress.step();
      }
      for (String path : changes.removals()) {
        staging.delete(path);
        progress.step();
      }
      Map<String, Manifest.Entry> kept = new LinkedHashMap<>(current.entries());
      kept.keySet().removeAll(changes.removals());
      kept.putAll(entries);
      clock.end("write");
      staging.publish(new Manifest(kept));
      clock.end("publish");
    } catch (IOException | RuntimeException e) {
      staging.discard();
      throw e;
    }
  }

  private BuildReport report(
      Inputs inputs,
      Assembly assembly,
      Fingerprints prints,
      Changes changes,
      LeftOut leftOut,
      Map<String, Duration> phases,
      long start) {
    List<Site> sites = inputs.sites();
    return new BuildReport(
        sites.size(),
        sites.stream().flatMap(s -> s.languages().stream()).distinct().sorted().toList(),
        assembly.tasks().size() + 1,
        prints.changed().size(),
        assembly.copies().size(),
        changes.copies().size(),
        changes.removals().size(),
        Duration.ofNanos(System.nanoTime() - start),
        phases,
        writtenPaths(changes.writes().keySet(), changes.copies().keySet()),
        List.copyOf(changes.removals()),
        inputs.strings().missingKeys(inputs.cluster().languages()),
        translationCoverage(inputs.content(), sites),
        leftOut.problems());
  }

  /** Whether {@code print} differs from the published file's fingerprint, or there is none. */
  private static boolean differs(Manifest.Entry published, String print) {
    return published == null || !published.fingerprint().equals(print);
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
    PageAssembler assembler = new PageAssembler(scoped, urls, strings, api(urls), today(cluster));
    String path = assembler.itemPath(item);
    PageTask task =
        assembler.tasks(Optional.of(site.id())).stream()
            .filter(t -> t.path().equals(path))
            .findFirst()
            .orElseThrow(
                () -> new BuildFailedException(List.of(item.file() + ": no page to preview")));
    try {
      return render(themes, task);
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

  /** The content server's API base, ending in {@code /}: search and the public forms. */
  private String api(UrlScheme urls) {
    return settings.api().orElseGet(() -> urls.url("api/v1/"));
  }

  /** The build's day in the cluster's time zone. */
  private LocalDate today(Cluster cluster) {
    return LocalDate.now(wallClock.withZone(cluster.timeZone()));
  }

  /** {@code content} published under the settings' base URL, when one is given. */
  private ContentSet underBaseUrl(ContentSet content) {
    return settings
        .baseUrl()
        .map(
            url ->
                new ContentSet(content.cluster().withBaseUrl(url), content.items())
                    .withInteraction(content.interaction()))
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
        failures.add(LeftOut.noTheme(site));
      }
    }
    if (!failures.isEmpty()) {
      throw new BuildFailedException(failures);
    }
  }

  /**
   * The assets of every theme a site not left out uses, as output path → source; none for a
   * one-site build, which leaves the cluster-wide files as they are.
   */
  private Map<String, Path> themeAssets(Cluster cluster, Themes themes, LeftOut leftOut)
      throws IOException {
    Map<String, Path> assets = new TreeMap<>();
    if (settings.site().isPresent()) {
      return assets;
    }
    Set<String> usedThemes = new TreeSet<>();
    cluster.sites().stream()
        .filter(s -> !leftOut.leavesOutSite(s.id()))
        .forEach(s -> usedThemes.add(s.theme()));
    for (String theme : usedThemes) {
      for (Map.Entry<String, Path> asset : themes.assets(theme).entrySet()) {
        assets.put("assets/" + theme + "/" + asset.getKey(), asset.getValue());
      }
    }
    return assets;
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
