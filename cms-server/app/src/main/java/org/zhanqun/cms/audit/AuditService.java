package org.zhanqun.cms.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.audit.Audit;
import org.zhanqun.audit.AuditRequest;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.Trends;
import org.zhanqun.audit.UnknownSiteException;
import org.zhanqun.audit.check.BrokenLinks;
import org.zhanqun.audit.check.ExternalEvidence;
import org.zhanqun.audit.check.RevisionHistory;
import org.zhanqun.audit.finding.ItemRef;
import org.zhanqun.audit.link.LinkCheckOptions;
import org.zhanqun.audit.link.LinkChecker;
import org.zhanqun.audit.link.LinkReport;
import org.zhanqun.audit.link.PublishedCluster;
import org.zhanqun.audit.link.UncheckedLink;
import org.zhanqun.audit.report.CsvReport;
import org.zhanqun.audit.report.HtmlReport;
import org.zhanqun.audit.report.JsonReport;
import org.zhanqun.audit.rule.InvalidRulesException;
import org.zhanqun.audit.rule.Rules;
import org.zhanqun.audit.rule.RulesFile;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.cms.content.ItemPage;
import org.zhanqun.cms.infrastructure.config.ServerInstance;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.StrictValues;
import org.zhanqun.cms.proofreading.ServerProofreader;
import org.zhanqun.cms.publish.PublishService;
import org.zhanqun.cms.publish.PublishedContentSet;
import org.zhanqun.cms.security.Caller;
import org.zhanqun.cms.security.CurrentCaller;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.cms.workflow.Backdating;
import org.zhanqun.model.item.Item;
import org.zhanqun.proofreading.Proofreader;

/**
 * The wake-up audit in the server: runs the audit library over the published content in the
 * background (a run is asked for, then polled), with the evidence only the server has (the
 * published output's links, the workflow trail's publication dates) and the server's proofreader
 * (serious wording errors, classified markings, personal data), stores each run's result as the
 * library's JSON report, and serves it, its CSV and HTML reports and the trends across runs.
 * Evaluators and administrators run and read everything; a site's editors and reviewers read their
 * own site's findings.
 */
@ApplicationScoped
public class AuditService {

  private static final Logger LOG = Logger.getLogger(AuditService.class.getName());

  private final Audit audit = new Audit();
  private final JsonReport json = new JsonReport();

  @Inject AuditRepository repository;
  @Inject PublishService publishing;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "zhanqun.audit.external-links", defaultValue = "false")
  boolean externalLinks;

  /** External URLs fetched at most in one run; the others are not checked. */
  @Inject
  @ConfigProperty(name = "zhanqun.audit.external-links.max-urls", defaultValue = "2000")
  int maxExternalUrls;

  @Inject AuditRunStore store;
  @Inject SiteService sites;
  @Inject ServerProofreader proofreading;
  @Inject Instance<InteractionRecordSource> interaction;

  @Resource ManagedExecutorService executor;

  private final ServerInstance instance = ServerInstance.current();

  /**
   * Fails the runs an earlier process of this host left unfinished, so that none stays "running"
   * for ever after a stop or crash; called once at start-up.
   */
  void failAbandonedRuns() {
    int failed = store.failAbandoned(instance.host(), instance.pid(), clock.instant());
    if (failed > 0) {
      LOG.warning(() -> failed + " audit run(s) left unfinished by a stopped server marked failed");
    }
  }

  /** Audits are heavy (every published page, maybe many fetches): one runs at a time. */
  private final Semaphore oneAtATime = new Semaphore(1, true);

  /**
   * Stores a run as {@code queued} and starts it in the background (on the server's managed
   * executor, one run at a time); answers at once. The request is checked first: a bad day, an
   * unknown site or an invalid rules file is refused (400), and so is a run while the proofreader's
   * dictionary is unusable (503); nothing is stored then. The run reads the published content,
   * checks its links and scores it outside any database transaction, then stores its result ({@code
   * done}) or the reason it failed ({@code failed}).
   */
  public AuditRunView start(AuditRunRequest request) {
    Caller evaluator = caller.requireEvaluator();
    AuditRunRequest asked = request == null ? new AuditRunRequest(null, null, null) : request;
    Rules rules = rules(asked.rules());
    Optional<LocalDate> asOf = asOf(asked.asOf());
    if (asked.site() != null && sites.findSite(asked.site()).isEmpty()) {
      throw new InvalidAuditRequestException("site", "no site with id " + asked.site());
    }
    // 503 while the operator's dictionary is unusable: a run without the proofreading rules
    // would pass sites the national indicators fail
    Proofreader proofreader = proofreading.proofreader();
    AuditRunView queued =
        store.queue(
            new AuditRun(
                asOf.orElse(null),
                asked.site(),
                rules.version(),
                asked.rules() != null,
                evaluator.username(),
                clock.instant(),
                instance.name()));
    try {
      executor.execute(() -> execute(queued.id(), asked, rules, asOf, proofreader));
    } catch (RejectedExecutionException e) {
      store.failed(queued.id(), "the server is stopping", clock.instant());
      return status(queued.id());
    }
    return queued;
  }

  /** A run's status, with its outcome in brief once done. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AuditRunView status(long id) {
    caller.requireEvaluator();
    return run(id).view();
  }

  /** Runs one queued audit (in the background, outside any transaction) and stores the outcome. */
  private void execute(
      long id,
      AuditRunRequest asked,
      Rules rules,
      Optional<LocalDate> asOf,
      Proofreader proofreader) {
    try {
      oneAtATime.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      store.failed(id, "interrupted before it started", clock.instant());
      return;
    }
    try {
      store.running(id, clock.instant());
      PublishedContentSet.Snapshot published = store.liveContent();
      ContentSet content = published.content();
      LocalDate day = asOf.orElseGet(() -> AuditRequest.today(content, clock));
      AuditRequest auditRequest =
          AuditRequest.of(content, rules, day)
              .withEvidence(evidence(published, Optional.ofNullable(asked.site()), day))
              .withProofreader(proofreader);
      if (asked.site() != null) {
        auditRequest = auditRequest.forSite(asked.site());
      }
      AuditResult result = audit.run(auditRequest);
      StringWriter text = new StringWriter();
      json.write(result, text);
      store.done(id, result, text.toString(), clock.instant());
    } catch (UnknownSiteException e) {
      store.failed(id, e.getMessage(), clock.instant());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "audit run " + id + " failed", e);
      store.failed(id, "the audit failed; see the server log", clock.instant());
    } finally {
      oneAtATime.release();
    }
  }

  /** The stored runs, newest as-of date first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ItemPage<AuditRunView> runs(int page, int size) {
    caller.requireEvaluator();
    return new ItemPage<>(
        repository.runs(page, size).stream().map(AuditRun::view).toList(),
        page,
        size,
        repository.count());
  }

  /** A run's whole result as the JSON report (the document {@code zhanqun audit} prints). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String resultJson(long id) {
    caller.requireEvaluator();
    return doneRun(id).resultJson();
  }

  /** A run's findings as CSV, one row per finding. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String resultCsv(long id) {
    caller.requireEvaluator();
    StringWriter out = new StringWriter();
    new CsvReport().write(result(doneRun(id)), out);
    return out.toString();
  }

  /**
   * A run's self-contained HTML report; its trend lines come from the earlier runs of the same
   * scope (the whole cluster, or the same site).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String resultHtml(long id) {
    caller.requireEvaluator();
    AuditRun run = doneRun(id);
    List<AuditResult> history =
        (run.siteId().isPresent()
                ? repository.runsCovering(run.siteId().get()).stream()
                    .filter(r -> r.siteId().equals(run.siteId()))
                : repository.clusterRuns().stream())
            .filter(r -> !r.asOf().isAfter(run.asOf()) && r.id() <= run.id())
            .map(this::result)
            .toList();
    StringWriter out = new StringWriter();
    try {
      new HtmlReport().write(history, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * One site's part of a run, in the JSON report's shape (its ranking holds only the site): for
   * evaluators and the site's own editors and reviewers.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String siteResultJson(long id, String siteId) {
    caller.requireAuditReader(siteId);
    AuditResult whole = result(doneRun(id));
    SiteResult site =
        whole
            .site(siteId)
            .orElseThrow(
                () ->
                    new UnknownAuditRunException(
                        "site", "audit run " + id + " did not audit site " + siteId));
    AuditResult ofSite =
        new AuditResult(
            whole.cluster(),
            whole.timeZone(),
            whole.asOf(),
            whole.rulesVersion(),
            Optional.of(siteId),
            List.of(site),
            List.of(siteId),
            site.sleeping() ? List.of(siteId) : List.of(),
            whole.notEvaluated());
    StringWriter out = new StringWriter();
    json.write(ofSite, out);
    return out.toString();
  }

  /**
   * A site's score over the stored runs that audited it, and the findings opened and fixed between
   * its last two runs: for evaluators and the site's own editors and reviewers.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public SiteTrendView siteTrend(String siteId) {
    caller.requireAuditReader(siteId);
    List<AuditResult> runs =
        repository.runsCovering(siteId).stream()
            .map(this::result)
            .filter(r -> r.site(siteId).isPresent())
            .toList();
    Trends trends = Trends.of(runs);
    return new SiteTrendView(
        siteId,
        trends.sites().stream()
            .filter(t -> t.site().equals(siteId))
            .flatMap(t -> t.points().stream())
            .toList(),
        trends.previous(),
        trends.latest(),
        trends.opened().stream().filter(k -> siteId.equals(k.site())).toList(),
        trends.fixed().stream().filter(k -> siteId.equals(k.site())).toList());
  }

  private AuditRun run(long id) {
    return repository
        .find(id)
        .orElseThrow(() -> new UnknownAuditRunException("id", "no audit run " + id));
  }

  /** The run, which must be done: the reports exist only then. */
  private AuditRun doneRun(long id) {
    AuditRun run = run(id);
    if (run.status() != AuditRunStatus.DONE) {
      throw new AuditRunNotDoneException(id, run.status());
    }
    return run;
  }

  private AuditResult result(AuditRun run) {
    return json.read(new StringReader(run.resultJson()));
  }

  private static Rules rules(String text) {
    if (text == null) {
      return RulesFile.nationalDefault();
    }
    try {
      return RulesFile.parse(text, "rules");
    } catch (InvalidRulesException e) {
      throw InvalidAuditRequestException.invalidRules(e.problems());
    }
  }

  private static Optional<LocalDate> asOf(String text) {
    if (text == null) {
      return Optional.empty();
    }
    FieldErrors errors = new FieldErrors();
    LocalDate day = StrictValues.date("asOf", text, errors);
    if (day == null) {
      throw new InvalidAuditRequestException("asOf", "not a day (yyyy-MM-dd): " + text);
    }
    return Optional.of(day);
  }

  /**
   * What only the server knows: the published output and its links, the backdated items, the
   * letters, consultations and error reports.
   */
  private ExternalEvidence evidence(
      PublishedContentSet.Snapshot published, Optional<String> site, LocalDate asOf) {
    ExternalEvidence evidence =
        ExternalEvidence.NONE.withRevisions(revisions(published, published.content()));
    if (interaction.isResolvable()) {
      evidence = evidence.withInteraction(interaction.get().interactionRecord(asOf));
    }
    Path output = publishing.outputFolder();
    if (!Files.isDirectory(output)) {
      return evidence; // the publisher has not published yet: link rules are not evaluated
    }
    // public addresses on ports 80 and 443 only, at every redirect; never a private target
    LinkChecker checker =
        new LinkChecker(
            LinkCheckOptions.defaults()
                .withExternalEnabled(externalLinks)
                .withMaxUrlsPerRun(maxExternalUrls));
    PublishedCluster cluster = PublishedCluster.of(output, published.content().cluster());
    try {
      LinkReport report =
          site.isPresent() && published.content().cluster().site(site.get()).isPresent()
              ? checker.check(cluster, site.get())
              : checker.check(cluster);
      long capped =
          report.notChecked().stream()
              .filter(u -> u.reason().equals(UncheckedLink.CAP_REACHED))
              .count();
      if (capped > 0) {
        LOG.warning(
            () ->
                capped
                    + " external links not checked: cap reached (zhanqun.audit.external-links"
                    + ".max-urls = "
                    + maxExternalUrls
                    + ")");
      }
      return evidence.withPublished(output).withLinks(BrokenLinks.of(report));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the published output " + output, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking links", e);
    }
  }

  private RevisionHistory revisions(PublishedContentSet.Snapshot published, ContentSet content) {
    ZoneId zone = content.cluster().timeZone();
    return new RevisionHistory(
        store.backdatings().stream()
            .flatMap(
                (Backdating b) ->
                    published.item(b.itemId()).stream()
                        .map(
                            (Item item) ->
                                new RevisionHistory.PublicationDateChange(
                                    new ItemRef(
                                        item.site(), item.column(), item.slug(), item.language()),
                                    b.before().atZone(zone).toOffsetDateTime(),
                                    b.after().atZone(zone).toOffsetDateTime(),
                                    b.at())))
            .toList());
  }
}
