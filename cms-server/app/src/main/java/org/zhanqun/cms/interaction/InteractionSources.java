package org.zhanqun.cms.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.zhanqun.audit.check.InteractionRecord;
import org.zhanqun.cms.audit.InteractionRecordSource;
import org.zhanqun.cms.interaction.consultation.ConsultationService;
import org.zhanqun.cms.interaction.errorreport.ErrorReportService;
import org.zhanqun.cms.publish.PublicInteractionSource;
import org.zhanqun.model.interaction.PublicInteraction;

/**
 * Interaction as publishing and the audit read it: letters, consultations and error reports
 * gathered from their features, read afresh at each call.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InteractionSources implements PublicInteractionSource, InteractionRecordSource {

  @Inject LetterPages letters;
  @Inject ConsultationService consultations;
  @Inject ErrorReportService errorReports;

  @Override
  public PublicInteraction publicInteraction() {
    PublicInteraction ofLetters = letters.publicInteraction();
    return new PublicInteraction(
        ofLetters.channels(),
        ofLetters.letters(),
        ofLetters.months(),
        consultations.publicConsultations());
  }

  /** Dates and states only: no text of a letter and nothing personal reaches the audit. */
  @Override
  public InteractionRecord interactionRecord(LocalDate asOf) {
    return new InteractionRecord(
        letters.sitesWithChannels(),
        letters.auditFacts(asOf.minus(LOOK_BACK)).stream()
            .filter(f -> !f.received().isAfter(asOf))
            .map(
                f ->
                    new InteractionRecord.Letter(
                        f.number(),
                        f.site(),
                        f.channel(),
                        f.received(),
                        f.valid(),
                        f.due(),
                        f.replied(),
                        f.published()))
            .toList(),
        consultations.auditFacts().stream()
            .map(
                c ->
                    new InteractionRecord.Consultation(
                        c.code(), c.site(), c.title(), c.closes(), c.resultPublished()))
            .toList(),
        errorReports.auditFacts().stream()
            .map(
                r ->
                    new InteractionRecord.ErrorReport(
                        r.number(), r.site(), r.url(), r.received(), r.answered()))
            .toList());
  }
}
