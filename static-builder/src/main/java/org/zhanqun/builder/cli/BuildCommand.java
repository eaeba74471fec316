package org.zhanqun.builder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.zhanqun.builder.build.BuildFailedException;
import org.zhanqun.builder.build.BuildReport;
import org.zhanqun.builder.build.ClusterBuild;
import org.zhanqun.builder.proofread.OperatorDictionary;
import org.zhanqun.builder.proofread.PublicationCheck;
import org.zhanqun.builder.source.ContentReader;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.source.InvalidContentException;
import org.zhanqun.builder.writer.OutputBusyException;
import org.zhanqun.builder.writer.OutputLock;
import org.zhanqun.builder.writer.PublishedFolder;
import org.zhanqun.model.yaml.ContentProblem;
import org.zhanqun.proofreading.Dictionary;
import org.zhanqun.proofreading.DictionaryException;
import org.zhanqun.proofreading.Proofreader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code zhanqun build}: renders a content folder into the published cluster. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description =
        "Renders the website cluster from a content folder into a static site. Reads and checks"
            + " all content first, and proofreads the items to publish (the built-in lists with the"
            + " content folder's proofreading.yaml); publishes nothing if any problem or blocking"
            + " finding is found; otherwise writes a new version and swaps it in atomically. Later"
            + " builds re-render only what changed.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the cluster was built and published",
      "1:problems in the content, templates or UI strings, an unusable proofreading dictionary, or"
          + " proofreading findings that block publication (all listed); nothing was published",
      "2:invalid options",
      "3:the output could not be written",
      "4:the cluster was published without the items or sites listed (a clash or a page that"
          + " fails to render)",
      "5:another build or a content server was writing the output folder for longer than"
          + " --wait (the message names it); nothing was published"
    })
public final class BuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--content",
      defaultValue = "content",
      description = "The content folder (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(
      names = "--templates",
      defaultValue = "site-templates",
      description = "The themes folder (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(
      names = "--i18n",
      defaultValue = "i18n",
      description = "The UI strings folder (default: ${DEFAULT-VALUE}).")
  Path i18n;

  @Option(
      names = {"-o", "--output"},
      defaultValue = ".zhanqun/public",
      description =
          "Where the site is published: a symbolic link to the current version"
              + " (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--site", description = "Build only this site's pages.")
  String site;

  @Option(
      names = "--base-url",
      description = "Publish under this URL instead of the cluster's baseUrl (http or https).")
  String baseUrl;

  @Option(
      names = "--search-api",
      description =
          "The content server's API that the search pages call and the interaction pages' forms"
              + " (letters, consultations, error reports) post to: an absolute http(s) URL or a path"
              + " from the root (default: api/v1/ under the base URL's path, where the server"
              + " answers when it serves the cluster itself).")
  String searchApi;

  @Option(
      names = "--wait",
      defaultValue = "60",
      paramLabel = "SECONDS",
      description =
          "How long to wait while another build or a content server writes the output folder"
              + " (default: ${DEFAULT-VALUE}); then nothing is published.")
  int waitSeconds;

  @Option(names = "--full", description = "Render everything, not only what changed.")
  boolean full;

  @Option(
      names = "--allow-findings",
      description =
          "Publish even when proofreading finds what blocks publication (a serious wording error,"
              + " a classified marking, personal data...); the findings are printed as warnings.")
  boolean allowFindings;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar and no warnings; failures are still printed.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<URI> base = Optional.ofNullable(baseUrl).map(this::parseBaseUrl);
    Optional<String> api = Optional.ofNullable(searchApi).map(this::parseSearchApi);
    ContentSet contentSet;
    try {
      contentSet = new ContentReader().read(content);
    } catch (InvalidContentException e) {
      err.println(
          "The content in " + content + " has " + e.getMessage().replaceFirst("^\\d+ ", "") + ":");
      for (ContentProblem problem : e.problems()) {
        err.println("  " + problem);
      }
      err.println(e.problems().size() + " problem(s); nothing was published.");
      return 1;
    }
    if (waitSeconds < 0) {
      throw new ParameterException(spec.commandLine(), "--wait " + waitSeconds + ": below 0");
    }
    if (!proofread(contentSet, err)) {
      return 1;
    }
    ClusterBuild.Settings settings =
        new ClusterBuild.Settings(
            templates, i18n, output, base, Optional.ofNullable(site), full, api);
    // the lock first, so that what the build reads of the output (its manifest) stays true
    try (OutputLock lock = lockOutput(err);
        TerminalProgress progress = new TerminalProgress(!quiet && System.console() != null)) {
      BuildReport report = new ClusterBuild(settings, progress).run(contentSet);
      progress.close();
      printSummary(out, report);
      if (!quiet) {
        report
            .missingUiStrings()
            .forEach(line -> err.println("warning: missing UI string " + line));
      }
      if (!report.problems().isEmpty()) {
        err.println("Published without what these problems concern:");
        report.problems().forEach(p -> err.println("  " + p));
        return 4;
      }
      return 0;
    } catch (BuildFailedException e) {
      err.println("The build failed; nothing was published:");
      e.failures().forEach(f -> err.println("  " + f));
      return 1;
    } catch (OutputBusyException e) {
      err.println(e.getMessage());
      return 5;
    } catch (IOException e) {
      err.println("Could not write " + output + ": " + e.getMessage());
      return 3;
    }
  }

  /**
   * The proofreading step: the published items of the build's scope, with the built-in lists and
   * the content folder's {@code proofreading.yaml}. Prints {@code warn} findings as warnings (and
   * {@code block} ones too with {@code --allow-findings}).
   *
   * @return false when the build must stop: an unusable dictionary, or a {@code block} finding
   *     without {@code --allow-findings}
   */
  private boolean proofread(ContentSet contentSet, PrintWriter err) {
    Dictionary dictionary;
    try {
      dictionary = OperatorDictionary.of(content, Optional.empty());
    } catch (DictionaryException e) {
      err.println("The proofreading dictionary is unusable; nothing was published:");
      e.problems().forEach(problem -> err.println("  " + problem));
      err.println(e.problems().size() + " problem(s).");
      return false;
    }
    PublicationCheck.Outcome outcome =
        new PublicationCheck(Proofreader.of(dictionary), content)
            .check(contentSet, Optional.ofNullable(site));
    if (outcome.blocks() && !allowFindings) {
      err.println(
          "Proofreading found what blocks publication (--allow-findings publishes anyway):");
      outcome.blocking().forEach(line -> err.println("  " + line));
      err.println(outcome.blocking().size() + " finding(s); nothing was published.");
      printWarnings(outcome.warnings(), err);
      return false;
    }
    printWarnings(outcome.blocking(), err);
    printWarnings(outcome.warnings(), err);
    return true;
  }

  private void printWarnings(List<String> findings, PrintWriter err) {
    if (!quiet) {
      findings.forEach(line -> err.println("warning: " + line));
      err.flush();
    }
  }

  /** Takes the output folder's lock, saying on {@code err} when it has to wait for it. */
  private OutputLock lockOutput(PrintWriter err) throws IOException {
    Path folder = output.toAbsolutePath().normalize();
    return new PublishedFolder(folder)
        .lock(
            Duration.ofSeconds(waitSeconds),
            "zhanqun build --output " + folder,
            holder -> {
              err.println(
                  "Waiting up to "
                      + waitSeconds
                      + " s for the output folder "
                      + folder
                      + ": it is being written by "
                      + holder);
              err.flush();
            });
  }

  private void printSummary(PrintWriter out, BuildReport report) {
    out.printf(
        "Built %d site(s) in %s: %d pages (%d rendered), %d files (%d copied), %d removed, in %.2f s%n",
        report.sites(),
        String.join(", ", report.languages()),
        report.pages(),
        report.rendered(),
        report.files(),
        report.copied(),
        report.deleted(),
        report.took().toMillis() / 1000.0);
    out.println("Published at " + output.toAbsolutePath().normalize());
    if (!quiet) {
      out.println("Translation coverage:");
      report.translationCoverage().forEach(line -> out.println("  " + line));
    }
    out.flush();
  }

  private URI parseBaseUrl(String text) {
    try {
      URI uri = new URI(text);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new URISyntaxException(text, "not an absolute http(s) URL");
      }
      return text.endsWith("/") ? uri : new URI(text + "/");
    } catch (URISyntaxException e) {
      throw new ParameterException(
          spec.commandLine(), "--base-url '" + text + "': " + e.getReason());
    }
  }

  /** The API's base URL, ending in {@code /}: absolute http(s), or a path from the root. */
  private String parseSearchApi(String text) {
    try {
      URI uri = new URI(text);
      boolean absolute =
          ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
              && uri.getHost() != null;
      boolean fromRoot = uri.getScheme() == null && text.startsWith("/") && !text.startsWith("//");
      if (!(absolute || fromRoot) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new URISyntaxException(text, "not an absolute http(s) URL or a path starting with /");
      }
      return text.endsWith("/") ? text : text + "/";
    } catch (URISyntaxException e) {
      throw new ParameterException(
          spec.commandLine(), "--search-api '" + text + "': " + e.getReason());
    }
  }

  /** A progress bar on a terminal, nothing otherwise. */
  private static final class TerminalProgress implements ClusterBuild.Progress, AutoCloseable {

    private final boolean enabled;
    private ProgressBar bar;

    TerminalProgress(boolean enabled) {
      this.enabled = enabled;
    }

    @Override
    public synchronized void phase(String name, int steps) {
      if (!enabled) {
        return;
      }
      close();
      bar =
          new ProgressBarBuilder()
              .setTaskName(name)
              .setInitialMax(steps)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(200)
              .continuousUpdate()
              .build();
    }

    @Override
    public void step() {
      ProgressBar current = bar;
      if (current != null) {
        current.step();
      }
    }

    @Override
    public synchronized void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }
}
