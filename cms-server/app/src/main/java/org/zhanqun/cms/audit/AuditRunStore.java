package org.zhanqun.cms.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.zhanqun.audit.AuditResult;

/**
 * The steps of a background audit run that write, each in a short transaction of its own: the run
 * is stored when asked for, marked running, then finished or failed. The audit itself (reading the
 * published output, checking links, scoring) runs outside any transaction.
 */
@ApplicationScoped
class AuditRunStore {

  @Inject AuditRepository repository;

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

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void failed(long id, String reason, Instant at) {
    repository.find(id).ifPresent(run -> run.failed(reason, at));
  }
}
