package org.zhanqun.audit.check;

import java.util.List;
import java.util.Optional;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.Text;

/**
 * One check: evaluates the rules it owns on one site. Implementations are stateless and
 * thread-safe, and return findings in a deterministic order (the engine sorts them anyway).
 */
public interface Check {

  /** The ids of the rules this check evaluates. */
  List<String> rules();

  /**
   * Why this check cannot run with {@code evidence} (the data it needs is not supplied); empty when
   * it can. Its rules are then reported as not evaluated with this reason.
   */
  default Optional<Text> notEvaluated(ExternalEvidence evidence) {
    return Optional.empty();
  }

  /** The findings of the enabled rules among {@link #rules()} on {@code site}. */
  List<Finding> run(SiteContent site);

  /** Every check the engine runs, in the order of the rules table of docs/audit.md. */
  static List<Check> all() {
    return List.of(
        new AvailabilityCheck(),
        new HomePageCheck(),
        new ColumnUpdateCheck(),
        new EmptyColumnCheck(),
        new GuideCheck(),
        new FormCheck(),
        new InteractionCheck(),
        new BackdatingCheck(),
        new LinkCheck(),
        new PolicyMetadataCheck(),
        new PolicyInterpretationCheck(),
        new PolicyValidityCheck(),
        new IdentificationCheck(),
        new TranslationCheck(),
        new SearchCheck(),
        new ProofreadingCheck());
  }
}
