package org.zhanqun.cms.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.model.interaction.ChannelMonth;
import org.zhanqun.model.interaction.PublicInteraction;
import org.zhanqun.model.interaction.PublishedLetter;

/**
 * What of letters the public pages and the audit read: the channels, the letters published with
 * consent (subject, question and reply as edited for publication; never the original text or any
 * personal data), the monthly figures of the last 12 months per channel, and one fact per letter
 * for the audit. Consultations are not letters': this source answers none.
 */
@ApplicationScoped
@Transactional
public class LetterPages {

  /** Months of figures the channel pages show, the current one included. */
  static final int MONTHS = 12;

  @Inject LetterRepository repository;
  @Inject LetterChannels channels;
  @Inject SiteService sites;
  @Inject Clock clock;

  /** The channels, the published letters and the monthly figures; no consultations. */
  public PublicInteraction publicInteraction() {
    LocalDate today = clock.instant().atZone(sites.clusterSettings().timeZone()).toLocalDate();
    LocalDate since = YearMonth.from(today).minusMonths(MONTHS - 1L).atDay(1);
    List<PublishedLetter> letters =
        repository.published().stream()
            .map(
                letter ->
                    new PublishedLetter(
                        letter.number(),
                        letter.channelSite(),
                        letter.channelCode(),
                        letter.kind(),
                        letter.publishedSubject().orElseThrow(),
                        letter.publishedQuestion().orElseThrow(),
                        letter.receivedOn(),
                        letter.repliedOn().orElseThrow(),
                        letter.replyingSite().orElseThrow(),
                        letter.publishedReply().orElseThrow()))
            .toList();
    List<ChannelMonth> months =
        repository.months(since).stream()
            .sorted(
                Comparator.comparing(LetterRepository.MonthFigures::site)
                    .thenComparing(LetterRepository.MonthFigures::channel)
                    .thenComparing(LetterRepository.MonthFigures::month, Comparator.reverseOrder()))
            .map(
                month ->
                    new ChannelMonth(
                        month.site(),
                        month.channel(),
                        month.month(),
                        month.received(),
                        month.answered(),
                        month.onTime(),
                        month.averageWorkingDays(),
                        month.rated(),
                        month.rated() == 0
                            ? OptionalDouble.empty()
                            : OptionalDouble.of((double) month.satisfied() / month.rated())))
            .toList();
    return new PublicInteraction(channels.channels(), letters, months, List.of());
  }

  /** The sites that have at least one letter channel. */
  public Set<String> sitesWithChannels() {
    return channels.channels().stream().map(c -> c.site()).collect(Collectors.toSet());
  }

  /**
   * One fact per letter, oldest first, for the audit: dates and states, no text, nothing personal.
   */
  public List<LetterFact> auditFacts() {
    return auditFacts(null);
  }

  /** One fact per letter received from {@code since} on (every letter for null), oldest first. */
  public List<LetterFact> auditFacts(LocalDate since) {
    return repository.auditRows(since).stream()
        .map(
            row ->
                new LetterFact(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[8],
                    LetterRepository.date(row[3]),
                    !LetterStatus.REJECTED.code().equals(row[4]),
                    LetterRepository.date(row[5]),
                    Optional.ofNullable(LetterRepository.date(row[6])),
                    Optional.ofNullable(LetterRepository.date(row[7]))))
        .toList();
  }
}
