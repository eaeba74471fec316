package org.zhanqun.cms.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhanqun.cms.infrastructure.error.FieldError;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;
import org.zhanqun.cms.interaction.intake.PersonalDataCipher;
import org.zhanqun.cms.proofreading.FindingView;
import org.zhanqun.cms.proofreading.ServerProofreader;
import org.zhanqun.cms.publish.PublicPagesChanged;
import org.zhanqun.cms.security.AccessDeniedException;
import org.zhanqun.cms.security.Caller;
import org.zhanqun.cms.security.CurrentCaller;
import org.zhanqun.cms.security.SiteGrant;
import org.zhanqun.cms.site.Site;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.model.interaction.Rating;
import org.zhanqun.model.site.SiteKind;
import org.zhanqun.proofreading.Category;

/**
 * The handlers' side of letters. Rights, per the letter's responsible site: its editors (and
 * reviewers) accept, reject, assign, draft, submit and close; its reviewers send back, approve (答复)
 * and publish (公开). A caller without the right gets 403 and nothing changes; a step out of order
 * 409; each step locks the letter and is recorded with who and when. Personal data is decrypted
 * only for the responsible site's handlers.
 */
@ApplicationScoped
@Transactional
public class LetterHandlingService {

  static final int REASON_MAX = 500;
  static final int REPLY_MAX = 10_000;
  static final int MAX_PAGE_SIZE = 200;

  @Inject LetterRepository repository;
  @Inject CurrentCaller currentCaller;
  @Inject SiteService sites;
  @Inject WorkingDays workingDays;
  @Inject PersonalDataCipher cipher;
  @Inject ServerProofreader proofreader;
  @Inject Event<PublicPagesChanged> pagesChanged;
  @Inject Clock clock;

  /**
   * One page of letters, newest first: of {@code site} when given (its handlers, evaluators and
   * administrators), else of every site the caller handles (every site for evaluators and
   * administrators).
   *
   * @param overdue only letters waiting for their reply past their due date
   * @param dueWithin only letters waiting for their reply due within this many working days
   */
  public List<LetterSummaryView> list(
      String site, String status, Boolean overdue, Integer dueWithin, int page, int size) {
    Caller caller = currentCaller.require();
    FieldErrors errors = new FieldErrors();
    LetterStatus wanted = null;
    if (status != null && !status.isBlank()) {
      wanted = LetterStatus.ofCode(status.strip()).orElse(null);
      if (wanted == null) {
        errors.add(
            "status", "is not one of received, accepted, in-review, replied, closed, rejected");
      }
    }
    if (page < 0) {
      errors.add("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      errors.add("size", "must be from 1 to " + MAX_PAGE_SIZE);
    }
    if (dueWithin != null && (dueWithin < 0 || dueWithin > 60)) {
      errors.add("dueWithin", "must be from 0 to 60 working days");
    }
    errors.throwIfAny();
    Set<String> visible;
    if (site != null && !site.isBlank()) {
      if (!seesAll(caller) && !caller.canEdit(site)) {
        throw new AccessDeniedException(caller.username(), "read the letters of site " + site);
      }
      visible = Set.of(site);
    } else {
      visible = seesAll(caller) ? null : handledSites(caller);
    }
    LocalDate today = today();
    LocalDate dueBy =
        dueWithin == null ? null : workingDays.calendar().addWorkingDays(today, dueWithin);
    return repository
        .list(visible, wanted, Boolean.TRUE.equals(overdue) ? today : null, dueBy, page, size)
        .stream()
        .map(letter -> summary(letter, today))
        .toList();
  }

  /** Letters waiting past their due date, per site: all sites for evaluators, else the caller's. */
  public List<OverdueView> overdue() {
    Caller caller = currentCaller.require();
    Set<String> handled = handledSites(caller);
    return repository.overdueCounts(today()).stream()
        .filter(count -> seesAll(caller) || handled.contains(count.site()))
        .map(count -> new OverdueView(count.site(), count.count()))
        .toList();
  }

  /** A letter; personal data only for the handlers of its responsible site. */
  public LetterView letter(long id) {
    Caller caller = currentCaller.require();
    Letter letter = repository.find(id).orElseThrow(() -> UnknownLetterException.byId(id));
    if (!caller.canEdit(letter.siteId()) && !seesAll(caller)) {
      throw new AccessDeniedException(caller.username(), "read letter " + letter.number());
    }
    return view(letter, caller);
  }

  /** 受理. */
  public LetterView accept(long id) {
    Step step = handle(id, false);
    step.letter.accept(step.at);
    return step.record("accepted", null);
  }

  /** Rejects the letter as invalid with a reason the citizen reads. */
  public LetterView reject(long id, HandlingRequest request) {
    String reason = requiredText("reason", request.reason(), REASON_MAX);
    Step step = handle(id, false);
    step.letter.reject(reason, step.at);
    return step.record("rejected", reason);
  }

  /**
   * 分办/转办: hands the letter to another site. The portal's handlers route to any site; a
   * department's handlers transfer only with a reason.
   */
  public LetterView assign(long id, HandlingRequest request) {
    FieldErrors errors = new FieldErrors();
    String target = request.site() == null ? null : request.site().strip();
    if (target == null || target.isEmpty()) {
      errors.add("site", "is required: the site that takes over the letter");
    } else if (sites.findSite(target).isEmpty()) {
      errors.add("site", "no site '" + target + "'");
    }
    String reason = optionalText("reason", request.reason(), REASON_MAX, errors);
    errors.throwIfAny();
    Step step = handle(id, false);
    Site current = sites.requireSite(step.letter.siteId());
    if (current.kind() != SiteKind.PORTAL && reason == null) {
      throw new InvalidInputException(
          "reason", "is required: a department transfers a letter only with a reason");
    }
    String from = step.letter.siteId();
    step.letter.assignTo(target);
    return step.record(
        "assigned", (reason == null ? "" : reason + " ") + "(" + from + " → " + target + ")");
  }

  /** 办理: the draft reply. */
  public LetterView draft(long id, HandlingRequest request) {
    String reply = requiredText("reply", request.reply(), REPLY_MAX);
    Step step = handle(id, false);
    step.letter.draft(reply);
    return step.record("drafted", null);
  }

  /** Hands the draft to the site's reviewers. */
  public LetterView submit(long id) {
    Step step = handle(id, false);
    step.letter.submitForReview();
    return step.record("submitted", null);
  }

  /** A reviewer sends the draft back with a comment. */
  public LetterView sendBack(long id, HandlingRequest request) {
    String comment = requiredText("comment", request.comment(), REASON_MAX);
    Step step = handle(id, true);
    step.letter.sendBack();
    return step.record("sent-back", comment);
  }

  /** 答复: the draft becomes the reply on the citizen's status page. */
  public LetterView approve(long id) {
    Step step = handle(id, true);
    LocalDate today = today();
    int days = workingDays.calendar().workingDaysBetween(step.letter.receivedOn(), today);
    step.letter.approve(step.at, today, days);
    LetterView view = step.record("replied", null);
    pagesChanged.fire(new PublicPagesChanged(step.letter.channelSite(), "letter replied"));
    return view;
  }

  /**
   * 公开: publishes the subject, question and reply as edited, only with the citizen's consent and
   * only free of personal data (422 naming the field otherwise).
   */
  public LetterView publish(long id, HandlingRequest request) {
    FieldErrors errors = new FieldErrors();
    String question =
        requiredText("question", request.question(), PublicLetterService.TEXT_MAX, errors);
    String reply = requiredText("reply", request.reply(), REPLY_MAX, errors);
    String subject =
        optionalText("subject", request.subject(), PublicLetterService.SUBJECT_MAX, errors);
    errors.throwIfAny();
    Step step = handle(id, true);
    String shownSubject = subject == null ? step.letter.subject() : subject;
    refusePersonalData(step.letter, shownSubject, question, reply);
    step.letter.publish(shownSubject, question, reply, step.at, today());
    LetterView view = step.record("published", null);
    pagesChanged.fire(new PublicPagesChanged(step.letter.channelSite(), "letter published"));
    return view;
  }

  /** 办结. */
  public LetterView close(long id) {
    Step step = handle(id, false);
    step.letter.close(step.at);
    return step.record("closed", null);
  }

  // ---------------------------------------------------------------------------------------

  /** Locks the letter and checks the caller's right on its responsible site. */
  private Step handle(long id, boolean review) {
    Caller caller = currentCaller.require();
    Letter letter = repository.findForUpdate(id).orElseThrow(() -> UnknownLetterException.byId(id));
    boolean allowed = review ? caller.canReview(letter.siteId()) : caller.canEdit(letter.siteId());
    if (!allowed) {
      throw new AccessDeniedException(
          caller.username(),
          (review ? "review" : "handle")
              + " letter "
              + letter.number()
              + " of site "
              + letter.siteId());
    }
    return new Step(letter, caller, clock.instant());
  }

  /** A step under way: the locked letter, who acts and when. */
  private final class Step {
    final Letter letter;
    final Caller caller;
    final Instant at;

    Step(Letter letter, Caller caller, Instant at) {
      this.letter = letter;
      this.caller = caller;
      this.at = at;
    }

    LetterView record(String name, String note) {
      repository.add(
          new LetterStep(letter.id(), name, caller.username(), letter.siteId(), note, at));
      return view(letter, caller);
    }
  }

  private void refusePersonalData(Letter letter, String subject, String question, String reply) {
    List<FieldError> errors = new ArrayList<>();
    List<FindingView> findings = new ArrayList<>();
    Letter.SealedContact sealed = letter.contact();
    List<String> own = new ArrayList<>();
    if (letter.purgedAt().isEmpty()) {
      for (String value :
          new String[] {
            cipher.decrypt(sealed.name()),
            cipher.decrypt(sealed.phone()),
            cipher.decrypt(sealed.email())
          }) {
        if (value != null && value.length() >= 2) {
          own.add(value.toLowerCase(Locale.ROOT));
        }
      }
    }
    String[][] fields = {{"subject", subject}, {"question", question}, {"reply", reply}};
    for (String[] field : fields) {
      List<FindingView> found =
          proofreader.proofreader().check(field[0], field[1]).stream()
              .filter(finding -> finding.category() == Category.PERSONAL_DATA)
              .map(FindingView::of)
              .toList();
      findings.addAll(found);
      String lower = field[1].toLowerCase(Locale.ROOT);
      boolean ownData = own.stream().anyMatch(lower::contains);
      if (!found.isEmpty() || ownData) {
        errors.add(
            new FieldError(
                field[0],
                ownData
                    ? "contains the citizen's name, phone or e-mail; remove it before publishing"
                    : "contains personal data ("
                        + found.get(0).text()
                        + "); remove it before publishing"));
      }
    }
    if (!errors.isEmpty()) {
      throw new PersonalDataInPublicationException(errors, findings);
    }
  }

  private LetterView view(Letter letter, Caller caller) {
    LetterView.Contact contact = null;
    if (caller.canEdit(letter.siteId()) && letter.purgedAt().isEmpty()) {
      Letter.SealedContact sealed = letter.contact();
      contact =
          new LetterView.Contact(
              cipher.decrypt(sealed.name()),
              cipher.decrypt(sealed.phone()),
              cipher.decrypt(sealed.email()),
              cipher.decrypt(sealed.address()));
    }
    LocalDate today = today();
    return new LetterView(
        letter.id(),
        letter.number(),
        letter.siteId(),
        letter.channelSite(),
        letter.channelCode(),
        letter.kind().code(),
        letter.subject(),
        letter.text(),
        letter.publishConsent(),
        contact,
        letter.status().code(),
        letter.receivedOn(),
        letter.dueOn(),
        overdue(letter, today),
        letter.draftReply().orElse(null),
        letter.reply().orElse(null),
        letter.repliedOn().orElse(null),
        letter.replyingSite().orElse(null),
        letter.workingDaysToReply().orElse(null),
        letter.onTime().orElse(null),
        letter.publishedSubject().orElse(null),
        letter.publishedQuestion().orElse(null),
        letter.publishedReply().orElse(null),
        letter.publishedOn().orElse(null),
        letter.rating().map(Rating::code).orElse(null),
        letter.ratingComment().orElse(null),
        letter.rejectReason().orElse(null),
        letter.purgedAt().orElse(null),
        repository.steps(letter.id()).stream()
            .map(s -> new LetterView.Step(s.step(), s.actor(), s.siteId(), s.note(), s.at()))
            .toList(),
        letter.version());
  }

  private static LetterSummaryView summary(Letter letter, LocalDate today) {
    return new LetterSummaryView(
        letter.id(),
        letter.number(),
        letter.siteId(),
        letter.channelSite(),
        letter.channelCode(),
        letter.kind().code(),
        letter.subject(),
        letter.status().code(),
        letter.receivedOn(),
        letter.dueOn(),
        overdue(letter, today),
        letter.repliedOn().orElse(null),
        letter.publishedOn().orElse(null),
        letter.rating().map(Rating::code).orElse(null));
  }

  private static boolean overdue(Letter letter, LocalDate today) {
    return letter.status().awaitsReply() && letter.dueOn().isBefore(today);
  }

  private LocalDate today() {
    return clock.instant().atZone(sites.clusterSettings().timeZone()).toLocalDate();
  }

  static boolean seesAll(Caller caller) {
    return caller.evaluator() || caller.administrator();
  }

  static Set<String> handledSites(Caller caller) {
    return caller.grants().stream()
        .map(SiteGrant::siteId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static String requiredText(String field, String value, int max) {
    FieldErrors errors = new FieldErrors();
    String text = requiredText(field, value, max, errors);
    errors.throwIfAny();
    return text;
  }

  private static String requiredText(String field, String value, int max, FieldErrors errors) {
    if (value == null || value.isBlank()) {
      errors.add(field, "is required");
      return null;
    }
    return optionalText(field, value, max, errors);
  }

  private static String optionalText(String field, String value, int max, FieldErrors errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    int length = text.codePointCount(0, text.length());
    if (length > max) {
      errors.add(field, "is " + length + " characters long, more than " + max);
      return null;
    }
    return text;
  }
}
