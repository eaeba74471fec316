package org.zhanqun.cms.publish;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhanqun.cms.infrastructure.persistence.JsonColumn;

/** One run of the publisher, as the publish log keeps it. Immutable once written. */
@Entity
@Table(name = "publish_run")
public class PublishRun {

  /** How many changed paths the log keeps per run; the counts are always complete. */
  static final int PATHS_KEPT = 500;

  /** How many problems the log keeps per run. */
  static final int PROBLEMS_KEPT = 500;

  private static final java.lang.reflect.Type PROBLEM_LIST =
      new ArrayList<PublishProblemView>() {}.getClass().getGenericSuperclass();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String instance;

  @Column(name = "trigger_kind", nullable = false)
  private String triggerKind;

  @Column(name = "trigger_detail", nullable = false)
  private String triggerDetail;

  @Column(name = "item_ids", nullable = false)
  private String itemIds;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at", nullable = false)
  private Instant finishedAt;

  @Column(name = "duration_ms", nullable = false)
  private long durationMs;

  @Column(nullable = false)
  private String outcome;

  @Column(nullable = false)
  private int pages;

  @Column(nullable = false)
  private int rendered;

  @Column(nullable = false)
  private int removed;

  @Column(name = "files_copied", nullable = false)
  private int filesCopied;

  @Column(name = "changed_paths", nullable = false)
  private String changedPaths;

  private String failure;

  /** JSON array of {@link PublishProblemView}; null when the run left nothing out. */
  private String problems;

  protected PublishRun() {}

  PublishRun(
      String instance,
      PublishTrigger trigger,
      Instant startedAt,
      Instant finishedAt,
      String outcome,
      int pages,
      int rendered,
      int removed,
      int filesCopied,
      List<String> changedPaths,
      String failure,
      List<PublishProblemView> problems) {
    this.instance = instance;
    this.triggerKind = trigger.kind();
    this.triggerDetail = abbreviate(trigger.detail(), 2000);
    this.itemIds = String.join(",", trigger.itemIds().stream().map(String::valueOf).toList());
    this.startedAt = startedAt;
    this.finishedAt = finishedAt;
    this.durationMs = Duration.between(startedAt, finishedAt).toMillis();
    this.outcome = outcome;
    this.pages = pages;
    this.rendered = rendered;
    this.removed = removed;
    this.filesCopied = filesCopied;
    this.changedPaths = String.join("\n", changedPaths.stream().limit(PATHS_KEPT).toList());
    this.failure = failure == null ? null : abbreviate(failure, 10_000);
    this.problems =
        problems.isEmpty()
            ? null
            : JsonColumn.write(problems.stream().limit(PROBLEMS_KEPT).toList());
  }

  /** What the run left out so that the rest could publish. */
  List<PublishProblemView> problems() {
    return problems == null ? List.of() : JsonColumn.read(problems, PROBLEM_LIST);
  }

  /** The items whose changes the run published; empty for a full run. */
  List<Long> itemIds() {
    return itemIds.isEmpty()
        ? List.of()
        : Arrays.stream(itemIds.split(",")).map(Long::valueOf).toList();
  }

  PublishRunView view() {
    return new PublishRunView(
        id,
        instance,
        triggerKind,
        triggerDetail,
        itemIds(),
        startedAt,
        finishedAt,
        durationMs,
        outcome,
        pages,
        rendered,
        removed,
        filesCopied,
        changedPaths.isEmpty() ? List.of() : List.of(changedPaths.split("\n")),
        failure,
        problems());
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
