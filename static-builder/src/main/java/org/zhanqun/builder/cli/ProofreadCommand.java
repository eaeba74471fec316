package org.zhanqun.builder.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.zhanqun.builder.proofread.ContentProofreading;
import org.zhanqun.builder.proofread.FindingsReport;
import org.zhanqun.builder.proofread.OperatorDictionary;
import org.zhanqun.builder.proofread.ReportFormat;
import org.zhanqun.builder.source.ContentReader;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.source.InvalidContentException;
import org.zhanqun.model.Parsed;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.site.Site;
import org.zhanqun.model.site.SiteId;
import org.zhanqun.proofreading.Dictionary;
import org.zhanqun.proofreading.DictionaryException;
import org.zhanqun.proofreading.Proofreader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code zhanqun proofread}: the proofreader over every item of a content folder. */
@Command(
    name = "proofread",
    mixinStandardHelpOptions = true,
    description =
        "Proofreads every item of a content folder, drafts included (错敏字检测): serious wording"
            + " errors, officials' names and titles, outdated names, classified markings, personal"
            + " data and common typos. The dictionary is the built-in lists with the content"
            + " folder's proofreading.yaml (or --dictionary). Reports the findings as JSON, CSV or"
            + " HTML. A file with content problems is listed on stderr and left out; every other"
            + " item is still proofread.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding blocks publication (warnings may be reported)",
      "1:a finding blocks publication, or an item file has content problems (listed on stderr;"
          + " the build would refuse it too)",
      "2:invalid options, a content folder that is absent or not a folder, an unknown site, or an"
          + " unusable dictionary (every bad entry listed with file and line); nothing proofread",
      "3:the report could not be written"
    })
public final class ProofreadCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--content",
      defaultValue = "content",
      description = "The content folder (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--site", description = "Proofread only this site's items (its id).")
  String site;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "json, csv or html (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-o", "--out"},
      description =
          "Write the report to this file instead of standard output (its folders are created;"
              + " an existing file is replaced).")
  Path out;

  @Option(
      names = "--dictionary",
      description =
          "The operator's dictionary file (YAML; default: proofreading.yaml in the content folder"
              + " when there is one). The built-in lists are always used.")
  Path dictionary;

  private final Writer standardOutput;

  public ProofreadCommand() {
    this(null);
  }

  /**
   * With {@code standardOutput} for reports without {@code --out} (null: standard output in UTF-8,
   * whatever the platform's charset), for tests.
   */
  ProofreadCommand(Writer standardOutput) {
    this.standardOutput = standardOutput;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ReportFormat reportFormat = parseFormat();
    if (out != null && Files.isDirectory(out)) {
      throw new ParameterException(
          spec.commandLine(), "--out: " + out + " is a folder; name the report's file");
    }
    if (site != null) {
      Parsed<SiteId> id = SiteId.parse(site);
      if (!id.isValid()) {
        throw new ParameterException(
            spec.commandLine(), "--site '" + site + "': " + id.reason().orElseThrow());
      }
    }
    if (!Files.isDirectory(content)) {
      err.println(
          "--content: "
              + content
              + (Files.exists(content) ? " is not a folder" : " does not exist"));
      return 2;
    }
    Dictionary words;
    try {
      words = OperatorDictionary.of(content, Optional.ofNullable(dictionary));
    } catch (IllegalArgumentException e) {
      err.println("--dictionary: " + e.getMessage());
      return 2;
    } catch (DictionaryException e) {
      err.println("The proofreading dictionary is unusable; nothing was proofread:");
      e.problems().forEach(problem -> err.println("  " + problem));
      err.println(e.problems().size() + " problem(s).");
      return 2;
    }
    List<Item> items;
    List<String> sites;
    boolean contentProblems = false;
    try {
      ContentSet contentSet = new ContentReader().read(content);
      if (site != null && contentSet.cluster().site(site).isEmpty()) {
        return unknownSite(err);
      }
      items = contentSet.items();
      sites = contentSet.cluster().sites().stream().map(Site::id).toList();
    } catch (InvalidContentException e) {
      if (site != null && !Files.isDirectory(content.resolve(site))) {
        return unknownSite(err);
      }
      err.println(
          "The content in "
              + content
              + " has "
              + e.getMessage().replaceFirst("^\\d+ ", "")
              + "; the items that could be read were proofread:");
      e.problems().forEach(problem -> err.println("  " + problem));
      err.println(e.problems().size() + " problem(s).");
      err.flush();
      contentProblems = true;
      items = e.readable();
      sites = items.stream().map(Item::site).distinct().toList();
    }
    if (site != null) {
      items = items.stream().filter(item -> item.site().equals(site)).toList();
      sites = List.of(site);
    }
    FindingsReport report =
        new FindingsReport(sites, new ContentProofreading(Proofreader.of(words)).check(items));
    try {
      write(report, reportFormat);
    } catch (IOException | UncheckedIOException e) {
      err.println("The report could not be written to " + out + ": " + e.getMessage());
      return 3;
    }
    return report.blocks() || contentProblems ? 1 : 0;
  }

  private int unknownSite(PrintWriter err) {
    err.println("--site: the content in " + content + " has no site '" + site + "'");
    return 2;
  }

  private ReportFormat parseFormat() {
    return Arrays.stream(ReportFormat.values())
        .filter(f -> f.code().equals(format))
        .findFirst()
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(), "--format '" + format + "': use one of json, csv, html"));
  }

  /** To standard output, or to {@code --out} through a temporary file moved into place. */
  private void write(FindingsReport report, ReportFormat reportFormat) throws IOException {
    if (out == null) {
      // UTF-8 whatever the platform charset: the reports are Chinese (Java 17 may default to ASCII)
      reportFormat.write(
          report,
          standardOutput != null
              ? standardOutput
              : new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      return;
    }
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempFile(parent, ".proofread-", ".tmp");
    try {
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        reportFormat.write(report, writer);
      }
      Files.move(
          temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
