package org.zhanqun.cms.publish;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.builder.build.BuildFailedException;
import org.zhanqun.builder.build.BuildReport;
import org.zhanqun.builder.build.ClusterBuild;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.writer.OutputLock;
import org.zhanqun.builder.writer.PublishedFolder;
import org.zhanqun.cms.content.ItemPage;
import org.zhanqun.cms.content.LiveItem;
import org.zhanqun.cms.infrastructure.config.ServerInstance;
import org.zhanqun.cms.infrastructure.schedule.Outbox;
import org.zhanqun.cms.infrastructure.schedule.OutboxLease;
import org.zhanqun.model.interaction.PublicInteraction;
import org.zhanqun.model.item.Item;

/**
 * Builds the static cluster from the database's live content: the publish runs and their log. Runs
 * are serialised across instances by a publishing lock, and across processes (a {@code zhanqun
 * build} into the same folder) by the output folder's file lock, so that one output folder is
 * written by one build at a time. No transaction spans a build: a run claims outbox entries in a
 * short transaction, builds outside any, records itself in another short one and then deletes the
 * entries it published; a crash before that leaves the entries for the next run. An item or site
 * the build cannot publish is left out and listed in the run's problems; everything else publishes.
 */
@ApplicationScoped
public class PublishService {

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(PublishService.class.getName());

  /** Outbox entries one run publishes at most: a run costs little more for many items. */
  static final int BATCH = 5000;

  /**
   * The transaction timeout of a run's reading and deleting of outbox rows, in seconds: both take
   * milliseconds; one that hangs (a lock it waits for) is rolled back instead of holding on.
   */
  private static final int SHORT_TRANSACTION_SECONDS = 30;

  @Resource UserTransaction transactions;

  @Inject PublishRepository repository;
  @Inject PublishOutbox outbox;
  @Inject PublishedContentSet source;
  @Inject Instance<PublicInteractionSource> interactionSource;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "zhanqun.publish.output")
  String output;

  @Inject
  @ConfigProperty(name = "zhanqun.publish.templates")
  String templates;

  @Inject
  @ConfigProperty(name = "zhanqun.publish.i18n")
  String i18n;

  /**
   * How long a run waits for the output folder while another process writes it (a {@code zhanqun
   * build}, a server on another output lock): past it the run fails, naming the holder, and is
   * retried.
   */
  @Inject
  @ConfigProperty(name = "zhanqun.publish.output-wait")
  Duration outputWait;

  private ClusterBuild build;
  private final String instance = ServerInstance.current().name();

  /**
   * The published state as of this instance's last successful run, and the newest run (of any
   * instance) it includes; written only by runs, which the publishing lock serialises.
   */
  private volatile Published published;

  /** What of interaction the last run showed; written only by runs. */
  private volatile PublicInteraction lastInteraction;

  private record Published(PublishedContentSet.Snapshot snapshot, long lastRunId) {}

  /**
   * Publishes claimed outbox entries: builds and records the run. Called by the {@link Publisher}'s
   * outbox worker, which holds the publishing lock from before the claim until it has deleted the
   * entries; no transaction spans the build.
   *
   * @throws PublishFailedException when the build fails; the worker gives the entries back
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public PublishRunView publish(List<ClaimedChange> claimed) {
    Set<Long> items = new LinkedHashSet<>();
    List<String> reasons = new ArrayList<>();
    boolean publicPages = false;
    for (ClaimedChange entry : claimed) {
      if (entry.itemId() != null) {
        items.add(entry.itemId());
      } else {
        publicPages = true;
      }
      reasons.add(entry.describe());
    }
    PublishTrigger trigger =
        new PublishTrigger(
            PublishTrigger.OUTBOX,
            String.join(", ", new LinkedHashSet<>(reasons)),
            List.copyOf(items),
            publicPages);
    PublishRun run = build(trigger);
    return briefly(() -> repository.record(run)).view();
  }

  /**
   * Builds the whole cluster (rendering only what differs from the published output); {@code kind}
   * says why: {@code start-up} or {@code full}. Empty when another run holds the publishing lock.
   * The run covers, and so deletes, every outbox entry committed before it began.
   *
   * @throws PublishFailedException when the build fails; the entries stay for a later run
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Optional<PublishRunView> publishAll(String kind, String detail) {
    Optional<Outbox.Guard> lock = outbox.guard();
    if (lock.isEmpty()) {
      return Optional.empty();
    }
    // Order: publishing lock → claim every entry → build (no transaction) → record the run →
    // delete the entries → release the lock. A crash in between leaves the entries for a later run.
    try (Outbox.Guard held = lock.get()) {
      OutboxLease lease = OutboxLease.take(clock, PublishOutbox.LEASE);
      List<ClaimedChange> covered = briefly(() -> outbox.claim(Integer.MAX_VALUE, lease));
      String coverage = covered.isEmpty() ? "" : "; covers " + covered.size() + " pending changes";
      PublishRun run;
      try {
        run = build(new PublishTrigger(kind, detail + coverage, List.of(), true));
      } catch (RuntimeException e) {
        brieflyRun(() -> outbox.release(lease));
        throw e;
      }
      PublishRunView view = briefly(() -> repository.record(run)).view();
      brieflyRun(() -> outbox.remove(lease));
      return Optional.of(view);
    }
  }

  /**
   * Runs {@code work}, which begins a transaction of its own, with the short transactions' timeout
   * (called outside any transaction, where the calling thread's timeout for the next one may be
   * set).
   */
  private <T> T briefly(Supplier<T> work) {
    setTimeout(SHORT_TRANSACTION_SECONDS);
    try {
      return work.get();
    } finally {
      setTimeout(0);
    }
  }

  private void brieflyRun(Runnable work) {
    briefly(
        () -> {
          work.run();
          return null;
        });
  }

  private void setTimeout(int seconds) {
    try {
      transactions.setTransactionTimeout(seconds);
    } catch (SystemException | IllegalStateException e) {
      LOG.fine("cannot set the transaction timeout: " + e);
    }
  }

  /**
   * The page of {@code item} rendered with its site's templates among the published cluster, as if
   * it were published now; writes nothing.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public byte[] preview(LiveItem item) {
    try {
      Published current = published;
      ContentSet content =
          source.withPreview(
              Optional.ofNullable(current).map(Published::snapshot), item, formFiles());
      Item page =
          content.items().stream()
              .filter(i -> i.site().equals(item.siteId()))
              .filter(i -> i.language().equals(item.language().tag()))
              .filter(i -> i.slug().equals(item.content().slug()))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("item " + item.id() + " has no page"));
      return builder().preview(content, page.draft() ? undrafted(page) : page);
    } catch (BuildFailedException e) {
      throw new IllegalStateException("preview failed: " + String.join("; ", e.failures()), e);
    } catch (IOException e) {
      throw new IllegalStateException("preview failed: " + e.getMessage(), e);
    }
  }

  private static Item undrafted(Item i) {
    return new Item(
        i.site(),
        i.column(),
        i.slug(),
        i.language(),
        i.type(),
        i.title(),
        i.translationKey(),
        i.summary(),
        i.source(),
        i.tags(),
        i.published(),
        i.updated(),
        false,
        i.body(),
        i.part(),
        i.file(),
        i.contentHash());
  }

  /**
   * The live content as the database holds it now (what the publisher publishes within a second):
   * what the wake-up audit examines. Read afresh, not the publisher's copy, which lags behind
   * changes another instance or a pending run has not published yet.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PublishedContentSet.Snapshot liveContent() throws IOException {
    return source.snapshot(formFiles());
  }

  /** Records a failed run in a transaction of its own (the run's own has rolled back). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordFailure(PublishFailedException failure) {
    repository.add(failure.run());
  }

  /** The publish log, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ItemPage<PublishRunView> runs(int page, int size) {
    return new ItemPage<>(
        repository.runs(page, size).stream().map(PublishRun::view).toList(),
        page,
        size,
        repository.runCount());
  }

  private PublishRun build(PublishTrigger trigger) {
    Instant started = clock.instant();
    try {
      long lastRunId = repository.lastRunId();
      PublishedContentSet.Snapshot snapshot = current(trigger);
      BuildReport report;
      // rendering runs outside any transaction: the publishing lock is held by a connection of
      // its own, and the output folder's file lock keeps other processes' builds out
      try (OutputLock folder = lockOutput(trigger)) {
        report =
            builder()
                .run(
                    snapshot.content().withInteraction(interaction(trigger)),
                    snapshot.changedGroups());
      }
      published = new Published(snapshot, lastRunId);
      List<String> changed = new ArrayList<>(report.writtenPaths());
      changed.addAll(report.removedPaths());
      List<PublishProblemView> problems =
          report.problems().stream()
              .map(
                  p ->
                      new PublishProblemView(
                          p.site(), p.item().flatMap(snapshot::idOf).orElse(null), p.reason()))
              .toList();
      problems.forEach(p -> LOG.warning("publishing left out " + p));
      return new PublishRun(
          instance,
          trigger,
          started,
          clock.instant(),
          "published",
          report.pages(),
          report.rendered(),
          report.deleted(),
          report.copied(),
          changed,
          null,
          problems);
    } catch (BuildFailedException e) {
      throw new PublishFailedException(
          failedRun(trigger, started, String.join("\n", e.failures())), e);
    } catch (IOException e) {
      throw new PublishFailedException(failedRun(trigger, started, e.toString()), e);
    }
  }

  /**
   * The published state: the kept snapshot refreshed with the trigger's items and those other
   * instances published since, or a full read for a full run or when none is kept.
   */
  private PublishedContentSet.Snapshot current(PublishTrigger trigger) throws IOException {
    Published kept = published;
    // an outbox run without items changed only interaction pages: the kept items stand
    if (kept == null || !trigger.kind().equals(PublishTrigger.OUTBOX)) {
      return source.snapshot(formFiles());
    }
    Set<Long> changed = new LinkedHashSet<>(trigger.itemIds());
    for (PublishRun run : repository.publishedRunsAfter(kept.lastRunId(), instance)) {
      changed.addAll(run.itemIds());
    }
    return source.refresh(kept.snapshot(), changed, formFiles());
  }

  private OutputLock lockOutput(PublishTrigger trigger) throws IOException {
    return new PublishedFolder(outputFolder())
        .lock(
            outputWait,
            "zhanqun server " + instance + ", publish run (" + trigger.kind() + ")",
            holder ->
                LOG.info(
                    () ->
                        "waiting up to "
                            + outputWait
                            + " for the output folder "
                            + outputFolder()
                            + ", which "
                            + holder
                            + " writes"));
  }

  private PublishRun failedRun(PublishTrigger trigger, Instant started, String why) {
    return new PublishRun(
        instance,
        trigger,
        started,
        clock.instant(),
        "failed",
        0,
        0,
        0,
        0,
        List.of(),
        why,
        List.of());
  }

  private synchronized ClusterBuild builder() {
    if (build == null) {
      build =
          new ClusterBuild(
              new ClusterBuild.Settings(
                  Path.of(templates),
                  Path.of(i18n),
                  Path.of(output),
                  Optional.empty(),
                  Optional.empty(),
                  false),
              ClusterBuild.Progress.NONE,
              clock);
    }
    return build;
  }

  /**
   * What of interaction the pages show: read afresh when the trigger says it changed (any
   * instance's change comes through the outbox) and for a whole run, else the last one read, so
   * that publishing an item does not aggregate every letter again.
   */
  private PublicInteraction interaction(PublishTrigger trigger) {
    PublicInteraction kept = lastInteraction;
    if (kept != null && !trigger.publicPages()) {
      return kept;
    }
    PublicInteraction fresh =
        interactionSource.isResolvable()
            ? interactionSource.get().publicInteraction()
            : PublicInteraction.EMPTY;
    lastInteraction = fresh;
    return fresh;
  }

  /** Where the forms' files are kept for the builder, by SHA-256, beside the output. */
  private Path formFiles() {
    Path out = outputFolder();
    return out.resolveSibling("." + out.getFileName() + ".files");
  }

  /** The published folder readers are served from. */
  public Path outputFolder() {
    return Path.of(output).toAbsolutePath().normalize();
  }
}
