package org.zhanqun.cms.interaction.errorreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;
import org.zhanqun.cms.interaction.intake.PersonalDataCipher;
import org.zhanqun.cms.interaction.intake.PublicText;
import org.zhanqun.cms.interaction.intake.SubmissionLimiter;
import org.zhanqun.cms.security.AccessDeniedException;
import org.zhanqun.cms.security.Caller;
import org.zhanqun.cms.security.CurrentCaller;
import org.zhanqun.cms.site.Site;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.model.site.SiteKind;

/**
 * The use cases of error reports: the public reports a page; the report goes to the site the URL
 * belongs to ({@link ResponsibleSite}); that site's editors, or the portal's, forward it to another
 * site with a reason; the responsible site's editors answer it. Every step is recorded with who and
 * when.
 */
@ApplicationScoped
@Transactional
public class ErrorReportService {

  /** The most reports one purge transaction forgets the contact of. */
  public static final int PURGE_BATCH = 500;

  static final int URL_MAX = 2000;
  static final int DESCRIPTION_MAX = 2000;
  static final int CONTACT_MAX = 254;
  static final int REASON_MAX = 500;
  static final int ANSWER_MAX = 2000;

  /** The scope of the rate limit: one for the whole door. */
  static final String SCOPE = "error-reports";

  @Inject ErrorReportRepository repository;
  @Inject SiteService sites;
  @Inject CurrentCaller currentCaller;
  @Inject PersonalDataCipher cipher;
  @Inject SubmissionLimiter limiter;
  @Inject Clock clock;

  /**
   * Stores a report from the public, committed before the answer, with its {@code received} step.
   * Refuses, storing nothing: a filled honeypot, a URL missing or outside the cluster, a
   * description missing, too long or with markup, a contact that is neither a phone number nor an
   * e-mail address (400), an address over its limit of stored reports (429).
   */
  public ErrorReportReceipt submit(ErrorReportRequest request, String clientAddress) {
    PublicText.requireEmptyHoneypot(request.website());
    PublicText text = new PublicText();
    String url = text.required("url", request.url(), URL_MAX);
    String description = text.requiredLines("description", request.description(), DESCRIPTION_MAX);
    String contact = contact(text, request.contact());
    String site = null;
    if (url != null) {
      ResponsibleSite.Routed routed = router().route(url);
      if (routed.site().isEmpty()) {
        text.reject("url", routed.refusal());
      } else {
        site = routed.site().get();
      }
    }
    text.throwIfAny();
    // only a report that would be stored counts, as with letters: correcting a typo costs nothing
    limiter.admit(clientAddress, SCOPE);
    Instant now = clock.instant();
    ErrorReport report = new ErrorReport(site, url, description, cipher.encrypt(contact), now);
    repository.add(report);
    report.number(now.atZone(zone()).getYear());
    repository.add(
        new ErrorReportStep(
            report.id(), ErrorReportStep.RECEIVED, ErrorReportStep.PUBLIC, now, null, site, null));
    repository.flush();
    return new ErrorReportReceipt(report.number(), site, now);
  }

  /**
   * The reports of {@code site} (any site, for null) in {@code status} (any, for null), newest
   * first: portal editors, administrators and evaluators see every site's; others only the sites
   * they edit.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ErrorReportView> reports(String site, String status) {
    Caller caller = currentCaller.require();
    ErrorReportStatus wanted = null;
    if (status != null && !status.isBlank()) {
      wanted =
          ErrorReportStatus.ofCode(status)
              .orElseThrow(() -> new InvalidInputException("status", "must be open or answered"));
    }
    String siteId = site == null || site.isBlank() ? null : site;
    if (siteId != null) {
      sites.requireSite(siteId);
    }
    boolean all = seesEverySite(caller);
    if (siteId != null && !all && !caller.canEdit(siteId)) {
      throw new AccessDeniedException(
          caller.username(), "read the error reports of site " + siteId);
    }
    return repository.list(siteId, wanted).stream()
        .filter(r -> all || caller.canEdit(r.siteId()))
        .map(r -> view(r, caller))
        .toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ErrorReportView report(long id) {
    Caller caller = currentCaller.require();
    ErrorReport report = repository.find(id).orElseThrow(() -> new UnknownErrorReportException(id));
    if (!seesEverySite(caller) && !caller.canEdit(report.siteId())) {
      throw new AccessDeniedException(caller.username(), "read error report " + report.number());
    }
    return view(report, caller);
  }

  /** Forwards an open report to another site (editors of the portal or of the current site). */
  public ErrorReportView forward(long id, ForwardRequest request) {
    ErrorReport report =
        repository.findForUpdate(id).orElseThrow(() -> new UnknownErrorReportException(id));
    Caller caller = currentCaller.require();
    if (!caller.canEdit(report.siteId()) && !editsPortal(caller)) {
      throw new AccessDeniedException(
          caller.username(),
          "forward error report " + report.number() + " of site " + report.siteId());
    }
    FieldErrors errors = new FieldErrors();
    String target = request.site();
    if (target == null || target.isBlank()) {
      errors.add("site", "is required: the id of the site responsible for the page");
    } else if (target.equals(report.siteId())) {
      errors.add("site", "is the site the report is with already");
    }
    String reason = note(request.reason());
    if (reason == null) {
      errors.add("reason", "is required: why the page is that site's");
    } else if (reason.length() > REASON_MAX) {
      errors.add("reason", "is " + reason.length() + " characters long, more than " + REASON_MAX);
    }
    errors.throwIfAny();
    sites.requireSite(target);
    if (report.status() == ErrorReportStatus.ANSWERED) {
      throw new ErrorReportAnsweredException(report.number(), "site");
    }
    String from = report.siteId();
    report.forwardTo(target);
    repository.add(
        new ErrorReportStep(
            report.id(),
            ErrorReportStep.FORWARDED,
            caller.username(),
            clock.instant(),
            from,
            target,
            reason));
    repository.flush();
    return view(report, caller);
  }

  /** Answers an open report (editors of the site it is with); answered for good. */
  public ErrorReportView answer(long id, AnswerRequest request) {
    ErrorReport report =
        repository.findForUpdate(id).orElseThrow(() -> new UnknownErrorReportException(id));
    Caller caller = currentCaller.requireEditor(report.siteId());
    String answer = note(request.answer());
    if (answer == null) {
      throw new InvalidInputException("answer", "is required: what was corrected, or why not");
    }
    if (answer.length() > ANSWER_MAX) {
      throw new InvalidInputException(
          "answer", "is " + answer.length() + " characters long, more than " + ANSWER_MAX);
    }
    if (report.status() == ErrorReportStatus.ANSWERED) {
      throw new ErrorReportAnsweredException(report.number(), "answer");
    }
    Instant now = clock.instant();
    report.answer(answer, caller.username(), now);
    repository.add(
        new ErrorReportStep(
            report.id(), ErrorReportStep.ANSWERED, caller.username(), now, null, null, answer));
    repository.flush();
    return view(report, caller);
  }

  /** What the audit needs of every report. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ErrorReportFact> auditFacts() {
    ZoneId zone = zone();
    return repository.list(null, null).stream()
        .map(
            r ->
                new ErrorReportFact(
                    r.number(),
                    r.siteId(),
                    r.url(),
                    r.receivedAt().atZone(zone).toLocalDate(),
                    r.answeredAt().map(at -> at.atZone(zone).toLocalDate())))
        .toList();
  }

  /**
   * Forgets the contact of at most {@link #PURGE_BATCH} reports answered before {@code cutoff}, in
   * one transaction; how many.
   */
  public int purgePersonalData(Instant cutoff) {
    return repository.purgeContacts(cutoff, PURGE_BATCH);
  }

  private ErrorReportView view(ErrorReport report, Caller caller) {
    boolean personal = caller.canEdit(report.siteId());
    return new ErrorReportView(
        report.id(),
        report.number(),
        report.siteId(),
        report.url(),
        report.description(),
        personal ? report.contactSealed().map(cipher::decrypt).orElse(null) : null,
        report.receivedAt(),
        report.status().code(),
        report.answer().orElse(null),
        report.answeredAt().orElse(null),
        report.answeredBy().orElse(null),
        repository.steps(report.id()).stream()
            .map(
                s ->
                    new ErrorReportView.Step(
                        s.action(), s.actor(), s.at(), s.fromSite(), s.toSite(), s.note()))
            .toList());
  }

  private ResponsibleSite router() {
    return new ResponsibleSite(
        sites.clusterSettings().baseUrl(),
        sites.allSites().stream()
            .map(s -> new ResponsibleSite.SitePath(s.id(), s.path(), s.kind() == SiteKind.PORTAL))
            .toList());
  }

  private boolean seesEverySite(Caller caller) {
    return caller.administrator() || caller.evaluator() || editsPortal(caller);
  }

  /** Editors of a portal route reports to any site. */
  private boolean editsPortal(Caller caller) {
    return sites.allSites().stream()
        .filter(s -> s.kind() == SiteKind.PORTAL)
        .map(Site::id)
        .anyMatch(caller::canEdit);
  }

  private static String note(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A phone number or an e-mail address (the sender chooses which), or null. */
  private static String contact(PublicText text, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.contains("@") ? text.email("contact", value) : text.phone("contact", value);
  }

  private ZoneId zone() {
    return sites.clusterSettings().timeZone();
  }
}
