package org.zhanqun.audit.check;

import java.nio.file.Path;
import java.util.Optional;
import org.zhanqun.proofreading.Proofreader;

/**
 * What the audit needs beyond the content and cannot gather itself; each part is optional, and the
 * rules that need a missing part are reported as not evaluated, with the reason, instead of being
 * dropped. The server supplies them as it gains the data.
 *
 * @param published the published cluster (the static builder's output), to check that forms
 *     download
 * @param proofreader the proofreader with the cluster's dictionary (the built-in lists and the
 *     operator's {@code proofreading.yaml}, which the content set does not hold), for the
 *     proofreading rules
 * @param interaction the letters, consultations and error reports of the interaction module (the
 *     server's database), for the interaction rules
 */
public record ExternalEvidence(
    Optional<Path> published,
    Optional<ProbeHistory> probes,
    Optional<RevisionHistory> revisions,
    Optional<BrokenLinks> links,
    Optional<SearchReport> search,
    Optional<Proofreader> proofreader,
    Optional<InteractionRecord> interaction) {

  public static final ExternalEvidence NONE =
      new ExternalEvidence(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  public ExternalEvidence withPublished(Path folder) {
    return new ExternalEvidence(
        Optional.of(folder), probes, revisions, links, search, proofreader, interaction);
  }

  public ExternalEvidence withProbes(ProbeHistory history) {
    return new ExternalEvidence(
        published, Optional.of(history), revisions, links, search, proofreader, interaction);
  }

  public ExternalEvidence withRevisions(RevisionHistory history) {
    return new ExternalEvidence(
        published, probes, Optional.of(history), links, search, proofreader, interaction);
  }

  public ExternalEvidence withLinks(BrokenLinks report) {
    return new ExternalEvidence(
        published, probes, revisions, Optional.of(report), search, proofreader, interaction);
  }

  public ExternalEvidence withSearch(SearchReport report) {
    return new ExternalEvidence(
        published, probes, revisions, links, Optional.of(report), proofreader, interaction);
  }

  public ExternalEvidence withProofreader(Proofreader checker) {
    return new ExternalEvidence(
        published, probes, revisions, links, search, Optional.of(checker), interaction);
  }

  public ExternalEvidence withInteraction(InteractionRecord record) {
    return new ExternalEvidence(
        published, probes, revisions, links, search, proofreader, Optional.of(record));
  }
}
