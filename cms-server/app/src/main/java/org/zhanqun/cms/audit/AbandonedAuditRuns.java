package org.zhanqun.cms.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * At start-up, after the schema is migrated: fails the audit runs this host's previous server
 * process left queued or running (audits run in the background, so a stop interrupts them).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class AbandonedAuditRuns {

  @Inject AuditService audits;

  @PostConstruct
  void failThem() {
    audits.failAbandonedRuns();
  }
}
