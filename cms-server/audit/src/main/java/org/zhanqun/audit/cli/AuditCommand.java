package org.zhanqun.audit.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.zhanqun.audit.Audit;
import org.zhanqun.audit.AuditRequest;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.audit.UnknownSiteException;
import org.zhanqun.audit.check.BrokenLinks;
import org.zhanqun.audit.check.ExternalEvidence;
import org.zhanqun.audit.link.LinkCheckOptions;
import org.zhanqun.audit.link.LinkChecker;
import org.zhanqun.audit.link.LinkReport;
import org.zhanqun.audit.link.PublishedCluster;
import org.zhanqun.audit.report.CsvReport;
import org.zhanqun.audit.report.HtmlReport;
import org.zhanqun.audit.report.JsonReport;
import org.zhanqun.audit.rule.InvalidRulesException;
import org.zhanqun.audit.rule.Rules;
import org.zhanqun.audit.rule.RulesFile;
import org.zhanqun.audit.rule.RulesProblem;
import org.zhanqun.builder.source.ContentReader;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.source.InvalidContentException;
import org.zhanqun.model.yaml.ContentProblem;
import org.zhanqun.proofreading.Dictionary;
import org.zhanqun.proofreading.DictionaryException;
import org.zhanqun.proofreading.Proofreader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zhanqun audit}: the wake-up audit of a content folder, as JSON, CSV or HTML. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description =
        "Audits the website cluster in a content folder as of a day (唤醒工程): stale and empty"
            + " columns, home page updates, service guides, policies, identification,"
            + " translations, and the proofreader's serious wording errors, classified markings"
            + " and personal data in the published items (with the content folder's"
            + " proofreading.yaml); scores, grades, ranks and names the sleeping sites. Rules that"
            + " need"
            + " data this command does not have (probes, revisions, links, search) are listed as"
            + " not evaluated.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the audit ran (whatever it found)",
      "1:problems in the content, its proofreading.yaml or the rules file (all listed, with"
          + " lines); nothing audited",
      "2:invalid options (unknown site, bad date or format)",
      "3:the report could not be written"
    })
public final class AuditCommand implements Callable<Integer> {

  /** The report formats. */
  enum Format {
    json,
    csv,
    html
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--content",
      defaultValue = "content",
      description = "The content folder (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--site", description = "Audit only this site (its id).")
  String site;

  @Option(
      names = "--as-of",
      paramLabel = "<yyyy-MM-dd>",
      description =
          "The day of the audit (default: today in the cluster's time zone). Items published"
              + " later, and drafts, do not count.")
  String asOf;

  @Option(
      names = "--rules",
      description = "A rules file (YAML; default: the national indicators shipped in the jar).")
  Path rules;

  @Option(
      names = "--published",
      description =
          "The published cluster (the build output): its links are checked and its form files"
              + " must be there.")
  Path published;

  @Option(
      names = "--external-links",
      description =
          "With --published, also fetch the links to other websites (needs network; default:"
              + " internal links only).")
  boolean externalLinks;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "json, csv or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--previous",
      paramLabel = "<json>",
      description =
          "Earlier results (JSON reports of this command) for the HTML report's score trends and"
              + " fixed/opened findings; repeatable.")
  java.util.List<Path> previous = new java.util.ArrayList<>();

  @Option(
      names = {"-o", "--out"},
      description = "Write the report to this file instead of standard output.")
  Path out;

  private final Clock clock;
  private final Writer standardOutput;

  public AuditCommand() {
    this(Clock.systemUTC(), null);
  }

  /**
   * With {@code clock} for the default as-of date and {@code standardOutput} for reports without
   * {@code --out} (null: standard output in UTF-8, whatever the platform's charset), for tests.
   */
  AuditCommand(Clock clock, Writer standardOutput) {
    this.clock = clock;
    this.standardOutput = standardOutput;
  }

  private LinkReport checkLinks(ContentSet contentSet) throws IOException, InterruptedException {
    LinkChecker checker =
        new LinkChecker(LinkCheckOptions.defaults().withExternalEnabled(externalLinks));
    PublishedCluster cluster = PublishedCluster.of(published, contentSet.cluster());
    return site == null ? checker.check(cluster) : checker.check(cluster, site);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    LocalDate day = null;
    if (asOf != null) {
      try {
        day = LocalDate.parse(asOf);
      } catch (DateTimeParseException e) {
        err.println(
            "--as-of: '" + asOf + "' is not a date in the form yyyy-MM-dd (e.g. 2026-11-16)");
        return 2;
      }
    }
    if (published != null && !Files.isDirectory(published)) {
      err.println("--published: " + published + " is not a folder");
      return 2;
    }
    java.util.List<AuditResult> earlier = new java.util.ArrayList<>();
    for (Path file : previous) {
      try (java.io.Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        earlier.add(new JsonReport().read(reader));
      } catch (IOException | RuntimeException e) {
        err.println(
            "--previous: " + file + " is not a readable audit result (JSON): " + e.getMessage());
        return 2;
      }
    }
    Rules ruleSet;
    try {
      ruleSet = rules == null ? RulesFile.nationalDefault() : RulesFile.read(rules);
    } catch (InvalidRulesException e) {
      err.println(
          "The rules file "
              + (rules == null ? "" : rules + " ")
              + "is invalid; nothing was audited:");
      for (RulesProblem problem : e.problems()) {
        err.println("  " + problem);
      }
      err.println(e.problems().size() + " problem(s).");
      return 1;
    }
    ContentSet contentSet;
    try {
      contentSet = new ContentReader().read(content);
    } catch (InvalidContentException e) {
      err.println("The content in " + content + " has problems; nothing was audited:");
      for (ContentProblem problem : e.problems()) {
        err.println("  " + problem);
      }
      err.println(e.problems().size() + " problem(s).");
      return 1;
    }
    Proofreader proofreader;
    try {
      proofreader = Proofreader.of(Dictionary.forContentFolder(content));
    } catch (DictionaryException e) {
      err.println(
          "The proofreading dictionary "
              + content.resolve(Dictionary.OPERATOR_FILE)
              + " is unusable; nothing was audited:");
      for (ContentProblem problem : e.problems()) {
        err.println("  " + problem);
      }
      err.println(e.problems().size() + " problem(s).");
      return 1;
    }
    AuditRequest request =
        AuditRequest.of(
            contentSet, ruleSet, day != null ? day : AuditRequest.today(contentSet, clock));
    if (site != null) {
      request = request.forSite(site);
    }
    if (published != null) {
      BrokenLinks links;
      try {
        links = BrokenLinks.of(checkLinks(contentSet));
      } catch (IOException e) {
        err.println("--published: the links of " + published + " could not be read: " + e);
        return 1;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        err.println("interrupted while checking links");
        return 1;
      } catch (IllegalArgumentException e) {
        err.println("--site: " + e.getMessage());
        return 2;
      }
      request =
          request.withEvidence(ExternalEvidence.NONE.withPublished(published).withLinks(links));
    }
    request = request.withProofreader(proofreader);
    AuditResult result;
    try {
      result = new Audit().run(request);
    } catch (UnknownSiteException e) {
      err.println("--site: " + e.getMessage());
      return 2;
    }
    try {
      earlier.add(result);
      write(result, earlier);
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("The report could not be written to " + out + ": " + e.getMessage());
      return 3;
    }
    return 0;
  }

  private void write(AuditResult result, java.util.List<AuditResult> runs) throws IOException {
    if (out == null) {
      // UTF-8 whatever the platform charset: the reports are Chinese (Java 17 may default to ASCII)
      render(
          result,
          runs,
          standardOutput != null
              ? standardOutput
              : new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      return;
    }
    Path parent = out.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(parent, ".audit-", ".tmp");
    try {
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        render(result, runs, writer);
      }
      Files.move(
          temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private void render(AuditResult result, java.util.List<AuditResult> runs, Writer writer)
      throws IOException {
    switch (format) {
      case json -> new JsonReport().write(result, writer);
      case csv -> new CsvReport().write(result, writer);
      case html -> new HtmlReport().write(runs, writer);
      default -> throw new IllegalStateException(format.toString());
    }
    writer.flush();
  }
}
