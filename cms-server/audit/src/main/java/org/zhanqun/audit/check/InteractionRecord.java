package org.zhanqun.audit.check;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the interaction module (互动交流) holds about letters, consultations and error reports, as the
 * interaction rules read it: the server builds it from its database; a content folder has none, so
 * on the command line those rules are not evaluated. Dates are days in the cluster's time zone;
 * every site is the id of the <em>responsible</em> site (the one a letter was assigned to, not
 * always the one it was written to). Immutable: the compact constructors copy and sort every list,
 * so the order the server gathers the data in does not change a result.
 *
 * @param sitesWithChannels the sites that have at least one working letter channel (信件渠道)
 * @param letters the letters, of any day (the rules ignore those received after the as-of day)
 * @param consultations every consultation (征集调查)
 * @param errorReports every error report (我为政府网站找错)
 */
public record InteractionRecord(
    Set<String> sitesWithChannels,
    List<Letter> letters,
    List<Consultation> consultations,
    List<ErrorReport> errorReports) {

  public InteractionRecord {
    sitesWithChannels = Collections.unmodifiableSet(new TreeSet<>(sitesWithChannels));
    letters =
        letters.stream()
            .sorted(Comparator.comparing(Letter::site).thenComparing(Letter::number))
            .toList();
    consultations =
        consultations.stream()
            .sorted(Comparator.comparing(Consultation::site).thenComparing(Consultation::code))
            .toList();
    errorReports =
        errorReports.stream()
            .sorted(Comparator.comparing(ErrorReport::site).thenComparing(ErrorReport::number))
            .toList();
  }

  /** The letters {@code site} is responsible for, by number; found by binary search. */
  public List<Letter> lettersOf(String site) {
    return ofSite(letters, Letter::site, site);
  }

  /** The consultations of {@code site}, by code. */
  public List<Consultation> consultationsOf(String site) {
    return ofSite(consultations, Consultation::site, site);
  }

  /** The error reports {@code site} is responsible for, by number. */
  public List<ErrorReport> errorReportsOf(String site) {
    return ofSite(errorReports, ErrorReport::site, site);
  }

  /** The run of {@code site} in a list sorted by site first (an audit asks once per site). */
  private static <T> List<T> ofSite(List<T> sorted, Function<T, String> siteOf, String site) {
    int from = firstAtOrAfter(sorted, siteOf, site);
    int to = firstAtOrAfter(sorted, siteOf, site + Character.MIN_VALUE);
    return sorted.subList(from, to);
  }

  private static <T> int firstAtOrAfter(List<T> sorted, Function<T, String> siteOf, String key) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (siteOf.apply(sorted.get(middle)).compareTo(key) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * A letter (信件) to a site's channel.
   *
   * @param number the public number, e.g. {@code XJ2026-000123}
   * @param site the responsible site
   * @param channel the channel's code within the site it was written to, e.g. {@code mayor}
   * @param received the day it was received
   * @param valid false for a letter rejected as invalid (受理 refused): it never counts
   * @param due the day its reply is due (the channel's working days after {@code received}, on the
   *     server's holiday calendar)
   * @param replied the day the reply was sent to the citizen (答复), if it was
   * @param published the day the question and reply were published on the site (公开), if they were
   */
  public record Letter(
      String number,
      String site,
      String channel,
      LocalDate received,
      boolean valid,
      LocalDate due,
      Optional<LocalDate> replied,
      Optional<LocalDate> published) {

    public Letter {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(site, "site");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(received, "received");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(replied, "replied");
      Objects.requireNonNull(published, "published");
    }
  }

  /**
   * A public consultation (征集调查).
   *
   * @param closes the last day opinions are taken
   * @param resultPublished the day the result (反馈) was published, if it was
   */
  public record Consultation(
      String code,
      String site,
      String title,
      LocalDate closes,
      Optional<LocalDate> resultPublished) {

    public Consultation {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(site, "site");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(closes, "closes");
      Objects.requireNonNull(resultPublished, "resultPublished");
    }
  }

  /**
   * An error report (我为政府网站找错) about a page, forwarded to the responsible site.
   *
   * @param url the page reported
   * @param answered the day the site answered it, if it did
   */
  public record ErrorReport(
      String number, String site, String url, LocalDate received, Optional<LocalDate> answered) {

    public ErrorReport {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(site, "site");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(received, "received");
      Objects.requireNonNull(answered, "answered");
    }
  }
}
