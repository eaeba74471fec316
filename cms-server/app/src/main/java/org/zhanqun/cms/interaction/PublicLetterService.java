package org.zhanqun.cms.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhanqun.cms.interaction.intake.PersonalDataCipher;
import org.zhanqun.cms.interaction.intake.PublicText;
import org.zhanqun.cms.interaction.intake.QueryCode;
import org.zhanqun.cms.interaction.intake.SubmissionLimiter;
import org.zhanqun.cms.publish.PublicPagesChanged;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.model.interaction.Channel;
import org.zhanqun.model.interaction.LetterKind;
import org.zhanqun.model.interaction.Rating;

/**
 * The citizen's side of letters: submit, read the status with the query code, rate the reply. The
 * order of a submission: honeypot (refused at once), the text checks (every failed field at once),
 * the channel and kind, the rate limit of the address and channel (only letters that would be
 * stored count, so a citizen correcting a typo is not slowed down), then the key (503 without one);
 * nothing is stored unless all pass. The submission commits before the method returns, so the 201
 * is sent only for a letter on disk.
 */
@ApplicationScoped
@Transactional
public class PublicLetterService {

  static final int SUBJECT_MAX = 100;
  static final int TEXT_MAX = 5000;
  static final int NAME_MAX = 50;
  static final int ADDRESS_MAX = 200;
  static final int COMMENT_MAX = 500;

  /** The steps the citizen sees; the others are the handlers' own. */
  private static final Set<String> PUBLIC_STEPS =
      Set.of(
          "received",
          "accepted",
          "assigned",
          "rejected",
          "replied",
          "published",
          "rated",
          "closed");

  @Inject LetterRepository repository;
  @Inject LetterChannels channels;
  @Inject SiteService sites;
  @Inject WorkingDays workingDays;
  @Inject PersonalDataCipher cipher;
  @Inject SubmissionLimiter limiter;
  @Inject Event<PublicPagesChanged> pagesChanged;
  @Inject Clock clock;

  /**
   * Stores a new letter and answers its number and query code.
   *
   * @throws org.zhanqun.cms.infrastructure.error.InvalidInputException naming every bad field
   * @throws org.zhanqun.cms.interaction.intake.TooManySubmissionsException over the rate limit
   * @throws org.zhanqun.cms.interaction.intake.PersonalDataUnavailableException without a key
   */
  public LetterReceiptView submit(LetterRequest request, String clientAddress) {
    PublicText.requireEmptyHoneypot(request.website());
    PublicText checks = new PublicText();
    String siteId = checks.required("site", request.site(), 64);
    String channelCode = checks.required("channel", request.channel(), 32);
    String kindCode = checks.optional("kind", request.kind(), 20);
    String subject = checks.required("subject", request.subject(), SUBJECT_MAX);
    String text = checks.requiredLines("text", request.text(), TEXT_MAX);
    String name = checks.required("name", request.name(), NAME_MAX);
    String phone = checks.phone("phone", request.phone());
    String email = checks.email("email", request.email());
    String address = checks.optional("address", request.address(), ADDRESS_MAX);
    if (phone == null && email == null && isBlank(request.phone()) && isBlank(request.email())) {
      checks.reject("phone", "give a phone number or an e-mail address, so that we can reach you");
    }
    Optional<Channel> channel = Optional.empty();
    if (siteId != null && channelCode != null) {
      if (sites.findSite(siteId).isEmpty()) {
        checks.reject("site", "no site '" + siteId + "'");
      } else {
        channel = channels.channel(siteId, channelCode);
        if (channel.isEmpty()) {
          checks.reject(
              "channel", "site " + siteId + " has no letter channel '" + channelCode + "'");
        }
      }
    }
    LetterKind kind = null;
    if (channel.isPresent()) {
      if (kindCode == null) {
        kind = channel.get().kinds().get(0);
      } else {
        kind = LetterKind.ofCode(kindCode).orElse(null);
        if (kind == null) {
          checks.reject("kind", "is not one of " + LetterKind.codes());
        } else if (!channel.get().takes(kind)) {
          checks.reject("kind", "channel " + channelCode + " does not take " + kindCode);
        }
      }
    }
    checks.throwIfAny();
    // only a letter that would be stored counts: a citizen correcting a typo is not slowed down
    limiter.admit(clientAddress, "letters:" + siteId + "/" + channelCode);

    Instant now = clock.instant();
    LocalDate today = now.atZone(zone()).toLocalDate();
    LocalDate due = workingDays.calendar().addWorkingDays(today, channel.get().replyDays());
    Letter.SealedContact contact =
        new Letter.SealedContact(
            cipher.encrypt(name),
            cipher.encrypt(phone),
            cipher.encrypt(email),
            cipher.encrypt(address));
    QueryCode code = QueryCode.random();
    String number = String.format("XJ%d-%06d", today.getYear(), repository.nextSerial());
    Letter letter =
        new Letter(
            number,
            siteId,
            channelCode,
            kind,
            subject,
            text,
            Boolean.TRUE.equals(request.publishConsent()),
            contact,
            code.hash(),
            now,
            today,
            due);
    repository.add(letter);
    repository.add(new LetterStep(letter.id(), "received", LetterStep.PUBLIC, siteId, null, now));
    return new LetterReceiptView(number, code.grouped(), today, due, letter.status().code());
  }

  /**
   * The status of the letter with the code.
   *
   * @throws UnknownLetterException the same for an unknown, wrong or malformed code
   */
  public LetterStatusView status(String queryCode, String clientAddress) {
    limiter.admitQuery(clientAddress, "letters:query");
    return statusOf(letterOf(queryCode, false));
  }

  /**
   * Rates the reply of the letter with the code, once.
   *
   * @throws UnknownLetterException the same for an unknown, wrong or malformed code
   * @throws LetterStateException before the reply, or when rated already
   */
  public LetterStatusView rate(RatingRequest request, String clientAddress) {
    limiter.admitQuery(clientAddress, "letters:query");
    Letter letter = letterOf(request.queryCode(), true);
    PublicText checks = new PublicText();
    String ratingCode = checks.required("rating", request.rating(), 30);
    String comment = checks.optionalLines("comment", request.comment(), COMMENT_MAX);
    Rating rating = ratingCode == null ? null : Rating.ofCode(ratingCode).orElse(null);
    if (ratingCode != null && rating == null) {
      checks.reject("rating", "is not one of " + Rating.codes());
    }
    checks.throwIfAny();
    Instant now = clock.instant();
    letter.rate(rating, comment, now);
    repository.add(
        new LetterStep(letter.id(), "rated", LetterStep.PUBLIC, letter.siteId(), null, now));
    pagesChanged.fire(new PublicPagesChanged(letter.channelSite(), "letter rated"));
    return statusOf(letter);
  }

  private Letter letterOf(String typed, boolean forUpdate) {
    return QueryCode.parse(typed)
        .flatMap(code -> repository.byQueryHash(code.hash(), forUpdate))
        .orElseThrow(UnknownLetterException::byQueryCode);
  }

  private LetterStatusView statusOf(Letter letter) {
    boolean replied =
        letter.status() == LetterStatus.REPLIED || letter.status() == LetterStatus.CLOSED;
    List<LetterStatusView.Step> steps =
        repository.steps(letter.id()).stream()
            .filter(step -> PUBLIC_STEPS.contains(step.step()))
            .map(step -> new LetterStatusView.Step(step.step(), step.at()))
            .toList();
    return new LetterStatusView(
        letter.number(),
        letter.channelSite(),
        letter.channelCode(),
        letter.kind().code(),
        letter.subject(),
        letter.receivedOn(),
        letter.dueOn(),
        letter.status().code(),
        steps,
        letter.rejectReason().orElse(null),
        replied ? letter.reply().orElse(null) : null,
        replied ? letter.repliedOn().orElse(null) : null,
        replied ? letter.replyingSite().orElse(null) : null,
        letter.rating().map(Rating::code).orElse(null),
        letter.publishedOn().orElse(null));
  }

  private ZoneId zone() {
    return sites.clusterSettings().timeZone();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
