package org.zhanqun.cms.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhanqun.cms.content.ItemView;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.StaleVersionException;
import org.zhanqun.cms.infrastructure.error.StrictValues;
import org.zhanqun.cms.security.CurrentCaller;

/**
 * One workflow step for many items: each item goes through the same use case as its single step
 * ({@link WorkflowService}), rights and all, in a transaction of its own, so that an item refused
 * or in conflict leaves the others done. Runs outside any transaction itself.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class BulkWorkflowService {

  /** The most items one bulk step takes. */
  public static final int MAX_ITEMS = 200;

  private static final Logger LOG = Logger.getLogger(BulkWorkflowService.class.getName());
  private static final List<String> ACTIONS = List.of("submit", "publish", "withdraw");

  @Inject WorkflowService workflow;
  @Inject CurrentCaller currentCaller;
  @Inject Clock clock;

  /**
   * Checks the request as a whole (400 with the field paths at fault, before any item is touched),
   * then steps each item in the order sent.
   */
  public BulkView run(BulkRequest request) {
    currentCaller.require();
    validate(request);
    List<BulkResult> results = new ArrayList<>();
    for (BulkRequest.Item item : request.items()) {
      results.add(step(request, item));
    }
    int done = (int) results.stream().filter(r -> r.outcome().equals("done")).count();
    return new BulkView(results, done, results.size() - done);
  }

  private BulkResult step(BulkRequest request, BulkRequest.Item item) {
    WorkflowRequest single =
        new WorkflowRequest(request.comment(), request.at(), item.version(), null);
    try {
      ItemView after =
          switch (request.action()) {
            case "submit" -> workflow.submit(item.id(), single);
            case "publish" -> workflow.publish(item.id(), single);
            default -> workflow.withdraw(item.id(), single);
          };
      return new BulkResult(
          item.id(), "done", 200, request.action() + " done", List.of(), after, null);
    } catch (StaleVersionException e) {
      return new BulkResult(
          item.id(),
          "conflict",
          e.failure().httpStatus(),
          e.getMessage(),
          e.fieldErrors(),
          e.detail() instanceof ItemView current ? current : null,
          null);
    } catch (DomainException e) {
      return new BulkResult(
          item.id(),
          e.failure() == Failure.NOT_FOUND ? "not-found" : "refused",
          e.failure().httpStatus(),
          e.getMessage(),
          e.fieldErrors(),
          null,
          e.findings());
    } catch (RuntimeException e) {
      if (causedBy(e, OptimisticLockException.class)) {
        return new BulkResult(
            item.id(),
            "conflict",
            409,
            "item " + item.id() + " was changed by someone else at the same time; nothing changed",
            List.of(new FieldError("version", "stale: changed at the same time")),
            null,
            null);
      }
      LOG.log(Level.WARNING, "bulk " + request.action() + " of item " + item.id() + " failed", e);
      return new BulkResult(
          item.id(),
          "refused",
          500,
          "the step failed on the server and was rolled back; nothing changed for this item",
          List.of(),
          null,
          null);
    }
  }

  private void validate(BulkRequest request) {
    FieldErrors errors = new FieldErrors();
    if (request.action() == null) {
      errors.add("action", "is required: one of " + ACTIONS);
    } else if (!ACTIONS.contains(request.action())) {
      errors.add("action", "unknown action '" + request.action() + "'; one of " + ACTIONS);
    }
    List<BulkRequest.Item> items = request.items();
    if (items == null || items.isEmpty()) {
      errors.add("items", "is required: at least one item {id, version}");
    } else if (items.size() > MAX_ITEMS) {
      errors.add("items", "at most " + MAX_ITEMS + " items in one request, not " + items.size());
    } else {
      Map<Long, Integer> seen = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        BulkRequest.Item item = items.get(i);
        String path = "items[" + i + "]";
        if (item == null) {
          errors.add(path, "is required: {id, version}");
          continue;
        }
        if (item.id() == null) {
          errors.add(path + ".id", "is required: the item's id");
        } else {
          Integer first = seen.putIfAbsent(item.id(), i);
          if (first != null) {
            errors.add(path + ".id", "item " + item.id() + " is already items[" + first + "]");
          }
        }
        if (item.version() == null) {
          errors.add(path + ".version", "is required: the version of the item you read");
        }
      }
    }
    if (request.comment() != null && request.comment().length() > 2000) {
      errors.add("comment", "at most 2000 characters");
    }
    if ("withdraw".equals(request.action())
        && (request.comment() == null || request.comment().isBlank())) {
      errors.add("comment", "is required: say why the items are withdrawn");
    }
    if (request.at() != null) {
      if (!"publish".equals(request.action())) {
        errors.add("at", "only a publication can be scheduled; leave it out");
      } else {
        Instant at = StrictValues.dateTime("at", request.at(), errors);
        if (at != null && !at.isAfter(clock.instant())) {
          errors.add(
              "at",
              "must be in the future: a publication cannot be back-dated; leave it out to publish"
                  + " now");
        }
      }
    }
    errors.throwIfAny();
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
