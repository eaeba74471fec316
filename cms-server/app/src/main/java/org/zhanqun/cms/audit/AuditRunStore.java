package org.zhanqun.cms.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.cms.publish.PublishService;
import org.zhanqun.cms.publish.PublishedContentSet;
import org.zhanqun.cms.workflow.Backdating;
import org.zhanqun.cms.workflow.WorkflowService;

/**
 * The steps of a background audit run that touch the database, each in a short transaction of its
 * own: the run is stored when asked for, marked running, its content read, then finished or failed.
 * The audit itself (reading the published output, checking links, scoring) runs outside any
 * transaction.
 */
@ApplicationScoped
class AuditRunStore {

  @Inject AuditRepository repository;
  @Inject PublishService publishing;
  @Inject WorkflowService workflow;

  /**
   * The live content as the publisher publishes it, read in a read-only transaction of its own (a
   * background thread must not use the container's transaction-less entity manager).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  PublishedContentSet.Snapshot liveContent() throws IOException {
    return publishing.liveContent();
  }

  /** The backdated publications, read as {@link #liveContent} is. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  List<Backdating> backdatings() {
    return workflow.backdatings();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  AuditRunView queue(AuditRun run) {
    repository.add(run);
    return run.view();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void running(long id, Instant at) {
    repository.find(id).ifPresent(run -> run.running(at));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void done(long id, AuditResult result, String resultJson, Instant at) {
    repository.find(id).ifPresent(run -> run.done(result, resultJson, at));
  }

  /**
   * Fails the runs that an earlier process of this host left queued or running (it stopped before
   * they finished); runs of other servers sharing the database are left to them.
   *
   * @return how many runs were failed
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  int failAbandoned(String host, long pid, Instant at) {
    int failed = 0;
    for (AuditRun run : repository.unfinished()) {
      if (run.abandonedOn(host, pid)) {
        run.failed("interrupted: the server stopped before the run finished", at);
        failed++;
      }
    }
    return failed;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void failed(long id, String reason, Instant at) {
    repository.find(id).ifPresent(run -> run.failed(reason, at));
  }
}
