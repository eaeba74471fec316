package org.zhanqun.cms.exchange;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.content.ItemImportService;
import org.zhanqun.cms.proofreading.ProofreadingUnavailableException;
import org.zhanqun.cms.security.Caller;

/**
 * Imports the folder {@code zhanqun.import.on-start} names at start-up, as the system user, when
 * the database holds no item yet; a folder with problems stops the start with every problem in the
 * message. The order at start-up: the schema migration, {@code DemoSites} (which creates nothing
 * when this key is set: the folder brings the sites), this import, then {@code DemoAccounts}, whose
 * grants name the sites fgw and jyj (in embedded mode the folder must have them, as {@code
 * content/} does). Each of these beans names only the one before it in {@code @DependsOn}: Payara 6
 * reports a dependency also reached through another bean as a cycle and fails the deployment.
 */
@Singleton
@Startup
@DependsOn("DemoSites")
public class ContentImportOnStart {

  private static final Logger LOG = Logger.getLogger(ContentImportOnStart.class.getName());

  @Inject ContentImportService imports;
  @Inject ItemImportService content;

  @Inject
  @ConfigProperty(name = "zhanqun.import.on-start")
  Optional<String> folder;

  @PostConstruct
  void importWhenEmpty() {
    Optional<String> configured = folder.map(String::strip).filter(f -> !f.isEmpty());
    if (configured.isEmpty()) {
      return;
    }
    if (content.hasItems()) {
      LOG.info(() -> "zhanqun.import.on-start: the database holds items; nothing imported");
      return;
    }
    try {
      // the operator's own folder at start-up: nobody is there to answer a refusal, so findings
      // are let through, logged and kept in each item's trail
      ImportReportView report =
          imports.importAs(
              ContentImportService.absolute(configured.get()), Caller.SYSTEM.username(), true);
      if (!report.findings().isEmpty()) {
        LOG.warning(
            () ->
                "zhanqun.import.on-start: imported with "
                    + report.findings().size()
                    + " proofreading findings (GET /items/{id}/workflow/history shows them)");
      }
    } catch (InvalidContentFolderException | ProofreadingUnavailableException e) {
      throw new IllegalStateException(
          "zhanqun.import.on-start: "
              + configured.get()
              + ": "
              + e.getMessage()
              + ": "
              + e.fieldErrors(),
          e);
    }
  }
}
