package org.zhanqun.cms.interaction.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.StaleVersionException;
import org.zhanqun.cms.infrastructure.error.StrictValues;
import org.zhanqun.cms.interaction.intake.PersonalDataCipher;
import org.zhanqun.cms.interaction.intake.PublicText;
import org.zhanqun.cms.interaction.intake.SubmissionLimiter;
import org.zhanqun.cms.publish.PublicPagesChanged;
import org.zhanqun.cms.security.AccessDeniedException;
import org.zhanqun.cms.security.Caller;
import org.zhanqun.cms.security.CurrentCaller;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.model.interaction.PublicConsultation;

/**
 * The use cases of consultations: handlers (editors of the site) create and, until it opens, edit
 * one; the public sends opinions while it is open; after it closes a reviewer of the site publishes
 * the result once. Days are read in the cluster's time zone. Every change of what the public sees
 * fires {@link PublicPagesChanged} for the site in the changing transaction, so a publish run
 * follows once it commits; an opinion does not (the count on the pages follows with the next run).
 */
@ApplicationScoped
@Transactional
public class ConsultationService {

  /** The most opinions one purge transaction forgets the personal data of. */
  public static final int PURGE_BATCH = 500;

  /** The longest opinion, in characters. */
  public static final int OPINION_MAX = 2000;

  static final int TITLE_MAX = 200;
  static final int TEXT_MAX = 200_000;
  static final int NAME_MAX = 50;
  static final int CONTACT_MAX = 254;
  static final int CODE_MAX = 64;
  static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  @Inject ConsultationRepository repository;
  @Inject SiteService sites;
  @Inject CurrentCaller currentCaller;
  @Inject PersonalDataCipher cipher;
  @Inject SubmissionLimiter limiter;
  @Inject Clock clock;
  @Inject Event<PublicPagesChanged> changed;

  public ConsultationView create(ConsultationRequest request) {
    FieldErrors errors = new FieldErrors();
    String site = request.site();
    if (site == null || site.isBlank()) {
      errors.add("site", "is required: the site's id, e.g. fgw");
    }
    String code = request.code();
    if (code == null || code.isBlank()) {
      errors.add("code", "is required: lower-case letters, digits and '-', e.g. draft-2026-01");
    } else if (code.length() > CODE_MAX || !CODE.matcher(code).matches()) {
      errors.add(
          "code", "must be 1 to " + CODE_MAX + " lower-case letters, digits and single '-' inside");
    }
    Consultation.Draft draft = draft(request, errors);
    errors.throwIfAny();
    sites.requireSite(site);
    Caller caller = currentCaller.requireEditor(site);
    if (repository.find(site, code).isPresent()) {
      throw new ConsultationStateException(
          "code", "site " + site + " already has a consultation " + code);
    }
    Consultation consultation =
        new Consultation(site, code, draft, caller.username(), clock.instant());
    repository.add(consultation);
    changed.fire(new PublicPagesChanged(site, "consultation created"));
    return ConsultationView.of(consultation, today(), 0);
  }

  /** Edits title, text and days; only before the consultation opens, with the version read. */
  public ConsultationView edit(long id, ConsultationRequest request) {
    Consultation consultation = requireReadable(id);
    Caller caller = currentCaller.requireEditor(consultation.siteId());
    FieldErrors errors = new FieldErrors();
    if (request.site() != null && !request.site().equals(consultation.siteId())) {
      errors.add("site", "cannot change: the consultation belongs to " + consultation.siteId());
    }
    if (request.code() != null && !request.code().equals(consultation.code())) {
      errors.add("code", "cannot change: it is " + consultation.code());
    }
    Consultation.Draft draft = draft(request, errors);
    errors.throwIfAny();
    LocalDate today = today();
    StaleVersionException.requireCurrent(
        "consultation " + id,
        request.version(),
        consultation.version(),
        ConsultationView.of(consultation, today, opinionCount(id)));
    if (consultation.statusOn(today) != ConsultationStatus.UPCOMING) {
      throw new ConsultationStateException(
          "opens",
          "the consultation opened on "
              + consultation.opensOn()
              + "; what the public has read can no longer change");
    }
    consultation.apply(draft, caller.username(), clock.instant());
    repository.flush();
    changed.fire(new PublicPagesChanged(consultation.siteId(), "consultation edited"));
    return ConsultationView.of(consultation, today, 0);
  }

  /** Publishes the result of a closed consultation (reviewers of its site), once. */
  public ConsultationView publishResult(long id, ResultRequest request) {
    Consultation consultation =
        repository
            .findForUpdate(id)
            .orElseThrow(() -> new UnknownConsultationException("id", String.valueOf(id)));
    Caller caller = currentCaller.requireReviewer(consultation.siteId());
    FieldErrors errors = new FieldErrors();
    String result = request == null ? null : request.result();
    if (result == null || result.isBlank()) {
      errors.add("result", "is required: how many opinions came in and what was taken up");
    } else if (result.length() > TEXT_MAX) {
      errors.add("result", "is " + result.length() + " characters long, more than " + TEXT_MAX);
    }
    errors.throwIfAny();
    LocalDate today = today();
    if (consultation.statusOn(today) != ConsultationStatus.CLOSED) {
      throw new ConsultationStateException(
          "result",
          "the consultation takes opinions until "
              + consultation.closesOn()
              + "; its result can be published from the day after");
    }
    if (consultation.resultPublishedAt().isPresent()) {
      throw new ConsultationStateException(
          "result",
          "was already published on "
              + consultation.resultPublishedAt().get().atZone(zone()).toLocalDate()
              + " by "
              + consultation.resultPublishedBy().orElse("?"));
    }
    consultation.publishResult(result.strip(), caller.username(), clock.instant());
    repository.flush();
    changed.fire(new PublicPagesChanged(consultation.siteId(), "consultation result"));
    return ConsultationView.of(consultation, today, opinionCount(id));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ConsultationView consultation(long id) {
    Consultation consultation = requireReadable(id);
    requireHandler(consultation.siteId());
    return ConsultationView.of(consultation, today(), opinionCount(id));
  }

  /**
   * The consultations of {@code site} (its handlers), or without a site those of every site the
   * caller handles (administrators and evaluators: all), newest opening first.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ConsultationView> consultations(String site) {
    Caller caller = currentCaller.require();
    if (site != null && !site.isBlank()) {
      sites.requireSite(site);
      requireHandler(site);
    }
    boolean all = caller.administrator() || caller.evaluator();
    Map<Long, Integer> counts = repository.opinionCounts();
    LocalDate today = today();
    return repository.list(site == null || site.isBlank() ? null : site).stream()
        .filter(c -> all || caller.canEdit(c.siteId()))
        .map(c -> ConsultationView.of(c, today, counts.getOrDefault(c.id(), 0)))
        .toList();
  }

  /**
   * Every opinion with its personal data opened: only for the editors of the consultation's site.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<OpinionView> opinions(long id) {
    Consultation consultation = requireReadable(id);
    currentCaller.requireEditor(consultation.siteId());
    return repository.opinions(id).stream()
        .map(
            o ->
                new OpinionView(
                    o.number(),
                    o.text(),
                    o.nameSealed().map(cipher::decrypt).orElse(null),
                    o.contactSealed().map(cipher::decrypt).orElse(null),
                    o.receivedAt()))
        .toList();
  }

  /**
   * Stores an opinion from the public, committed before the answer. Refuses, storing nothing: a
   * filled honeypot, an unknown site or code (404), a consultation not open today (409), a text
   * missing, too long or with markup, a contact that is neither a phone number nor an e-mail
   * address (400), an address over its limit of stored opinions (429).
   */
  public OpinionReceipt submitOpinion(
      String site, String code, OpinionRequest request, String clientAddress) {
    PublicText.requireEmptyHoneypot(request.website());
    sites.requireSite(site);
    Consultation consultation =
        repository
            .find(site, code)
            .orElseThrow(() -> new UnknownConsultationException("code", code + " on site " + site));
    LocalDate today = today();
    switch (consultation.statusOn(today)) {
      case UPCOMING ->
          throw new ConsultationStateException(
              "code",
              "the consultation opens on "
                  + consultation.opensOn()
                  + "; opinions are taken from then until "
                  + consultation.closesOn());
      case CLOSED ->
          throw new ConsultationStateException(
              "code",
              "the consultation closed on "
                  + consultation.closesOn()
                  + "; opinions are no longer taken");
      case OPEN -> {
        // opinions are taken
      }
    }
    PublicText text = new PublicText();
    String opinion = text.requiredLines("text", request.text(), OPINION_MAX);
    String name = text.optional("name", request.name(), NAME_MAX);
    String contact = contact(text, request.contact());
    text.throwIfAny();
    // only an opinion that would be stored counts, as with letters: correcting a typo costs nothing
    limiter.admit(clientAddress, "consultation " + site + "/" + code);
    Opinion stored =
        new Opinion(
            consultation.id(),
            opinion,
            cipher.encrypt(name),
            cipher.encrypt(contact),
            clock.instant());
    repository.add(stored);
    stored.number(today.getYear());
    repository.flush();
    return new OpinionReceipt(stored.number(), consultation.title(), stored.receivedAt());
  }

  /**
   * Every consultation as the public pages show it, newest opening first: a consultation is public
   * from its creation (announced before it opens); its opinions only as a count.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PublicConsultation> publicConsultations() {
    Map<Long, Integer> counts = repository.opinionCounts();
    ZoneId zone = zone();
    return repository.list(null).stream()
        .map(
            c ->
                new PublicConsultation(
                    c.siteId(),
                    c.code(),
                    c.title(),
                    c.text(),
                    c.opensOn(),
                    c.closesOn(),
                    counts.getOrDefault(c.id(), 0),
                    c.result(),
                    c.resultPublishedAt().map(at -> at.atZone(zone).toLocalDate())))
        .toList();
  }

  /**
   * Asks for the pages of every site with a consultation that opens on {@code today} or closed the
   * day before, so that its opinion form appears and goes on the right day; how many sites.
   */
  public int announceDay(LocalDate today) {
    Set<String> sitesToPublish = new TreeSet<>();
    for (Consultation c : repository.list(null)) {
      if (c.opensOn().equals(today) || c.closesOn().equals(today.minusDays(1))) {
        sitesToPublish.add(c.siteId());
      }
    }
    sitesToPublish.forEach(site -> changed.fire(new PublicPagesChanged(site, "consultation day")));
    return sitesToPublish.size();
  }

  /** What the audit needs of every consultation. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ConsultationFact> auditFacts() {
    ZoneId zone = zone();
    return repository.list(null).stream()
        .map(
            c ->
                new ConsultationFact(
                    c.code(),
                    c.siteId(),
                    c.title(),
                    c.closesOn(),
                    c.resultPublishedAt().map(at -> at.atZone(zone).toLocalDate())))
        .toList();
  }

  /**
   * Forgets name and contact of at most {@link #PURGE_BATCH} opinions received before {@code
   * cutoff}, in one transaction; how many.
   */
  public int purgePersonalData(Instant cutoff) {
    return repository.purgePersonalData(cutoff, PURGE_BATCH);
  }

  /** A phone number or an e-mail address (the sender chooses which), or null. */
  static String contact(PublicText text, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.contains("@") ? text.email("contact", value) : text.phone("contact", value);
  }

  private Consultation.Draft draft(ConsultationRequest request, FieldErrors errors) {
    String title = request.title();
    if (title == null || title.isBlank()) {
      errors.add("title", "is required");
    } else if (title.strip().length() > TITLE_MAX) {
      errors.add(
          "title", "is " + title.strip().length() + " characters long, more than " + TITLE_MAX);
    } else if (title.contains("\n") || title.contains("\r")) {
      errors.add("title", "is one line");
    }
    String text = request.text();
    if (text == null || text.isBlank()) {
      errors.add("text", "is required: the draft put to the public (Markdown)");
    } else if (text.length() > TEXT_MAX) {
      errors.add("text", "is " + text.length() + " characters long, more than " + TEXT_MAX);
    }
    LocalDate opens = day("opens", request.opens(), errors);
    LocalDate closes = day("closes", request.closes(), errors);
    if (opens != null && closes != null && closes.isBefore(opens)) {
      errors.add("closes", "is " + closes + ", before opens " + opens);
    } else if (closes != null && closes.isBefore(today())) {
      errors.add("closes", "is " + closes + ", already past (today is " + today() + ")");
    }
    return new Consultation.Draft(title == null ? null : title.strip(), text, opens, closes);
  }

  private static LocalDate day(String field, String text, FieldErrors errors) {
    if (text == null || text.isBlank()) {
      errors.add(field, "is required: a day YYYY-MM-DD");
      return null;
    }
    return StrictValues.date(field, text, errors);
  }

  private Consultation requireReadable(long id) {
    return repository
        .find(id)
        .orElseThrow(() -> new UnknownConsultationException("id", String.valueOf(id)));
  }

  private void requireHandler(String site) {
    Caller caller = currentCaller.require();
    if (!caller.canEdit(site) && !caller.administrator() && !caller.evaluator()) {
      throw new AccessDeniedException(caller.username(), "read the consultations of site " + site);
    }
  }

  private int opinionCount(long id) {
    return (int) repository.countOpinions(id);
  }

  private ZoneId zone() {
    return sites.clusterSettings().timeZone();
  }

  /** Today in the cluster's time zone. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone()));
  }
}
