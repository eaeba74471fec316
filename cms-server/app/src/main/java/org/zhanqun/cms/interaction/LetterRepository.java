package org.zhanqun.cms.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The only class that builds the letters' queries. */
@ApplicationScoped
class LetterRepository {

  /** The statuses of letters that wait for their reply, as SQL. */
  private static final String AWAITING = "('received','accepted','in-review')";

  private static final String SATISFIED = "('satisfied','basically-satisfied')";

  @PersistenceContext(unitName = "zhanqun")
  EntityManager em;

  @Inject LetterFiguresRepository figures;

  // --- channels ----------------------------------------------------------------------------

  List<LetterChannel> channels() {
    return em.createQuery(
            "SELECT c FROM LetterChannel c ORDER BY c.siteId, c.position", LetterChannel.class)
        .getResultList();
  }

  Optional<LetterChannel> channel(String site, String code) {
    return em.createQuery(
            "SELECT c FROM LetterChannel c WHERE c.siteId = :site AND c.code = :code",
            LetterChannel.class)
        .setParameter("site", site)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  void add(LetterChannel channel) {
    em.persist(channel);
  }

  void remove(LetterChannel channel) {
    em.remove(channel);
  }

  // --- letters -----------------------------------------------------------------------------

  /**
   * The next serial of letter numbers, from the database's sequence: never the same twice, never
   * waiting for another submission's transaction.
   */
  long nextSerial() {
    return ((Number) em.createNativeQuery("SELECT NEXTVAL(letter_serial)").getSingleResult())
        .longValue();
  }

  void add(Letter letter) {
    em.persist(letter);
    em.flush();
  }

  void add(LetterStep step) {
    em.persist(step);
  }

  Optional<Letter> find(long id) {
    return Optional.ofNullable(em.find(Letter.class, id));
  }

  /** The letter, locked until the transaction ends: one step at a time per letter. */
  Optional<Letter> findForUpdate(long id) {
    Optional<Letter> letter =
        Optional.ofNullable(em.find(Letter.class, id, LockModeType.PESSIMISTIC_WRITE));
    letter.ifPresent(l -> figures.forgetMonthOf(l.receivedOn()));
    return letter;
  }

  Optional<Letter> byQueryHash(String hash, boolean forUpdate) {
    var query =
        em.createQuery("SELECT l FROM Letter l WHERE l.queryHash = :hash", Letter.class)
            .setParameter("hash", hash);
    if (forUpdate) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    Optional<Letter> letter = query.getResultStream().findFirst();
    if (forUpdate) {
      letter.ifPresent(l -> figures.forgetMonthOf(l.receivedOn()));
    }
    return letter;
  }

  List<LetterStep> steps(long letterId) {
    return em.createQuery(
            "SELECT s FROM LetterStep s WHERE s.letterId = :letter ORDER BY s.at, s.id",
            LetterStep.class)
        .setParameter("letter", letterId)
        .getResultList();
  }

  /**
   * One page of the letters of {@code sites} (all sites when null), newest first, with the filters
   * that are not null.
   */
  List<Letter> list(
      Set<String> sites,
      LetterStatus status,
      LocalDate overdueBefore,
      LocalDate dueBy,
      int page,
      int size) {
    StringBuilder jpql = new StringBuilder("SELECT l FROM Letter l WHERE 1 = 1");
    if (sites != null) {
      jpql.append(" AND l.siteId IN :sites");
    }
    if (status != null) {
      jpql.append(" AND l.status = :status");
    }
    if (overdueBefore != null || dueBy != null) {
      jpql.append(" AND l.status IN :awaiting");
    }
    if (overdueBefore != null) {
      jpql.append(" AND l.dueOn < :overdueBefore");
    }
    if (dueBy != null) {
      jpql.append(" AND l.dueOn <= :dueBy");
    }
    jpql.append(" ORDER BY l.receivedAt DESC, l.id DESC");
    var query = em.createQuery(jpql.toString(), Letter.class);
    if (sites != null) {
      query.setParameter("sites", sites.isEmpty() ? Set.of("") : sites);
    }
    if (status != null) {
      query.setParameter("status", status.code());
    }
    if (overdueBefore != null || dueBy != null) {
      query.setParameter(
          "awaiting",
          List.of(
              LetterStatus.RECEIVED.code(),
              LetterStatus.ACCEPTED.code(),
              LetterStatus.IN_REVIEW.code()));
    }
    if (overdueBefore != null) {
      query.setParameter("overdueBefore", overdueBefore);
    }
    if (dueBy != null) {
      query.setParameter("dueBy", dueBy);
    }
    return query.setFirstResult(page * size).setMaxResults(size).getResultList();
  }

  /** Letters waiting for their reply past their due date, per responsible site. */
  List<SiteCount> overdueCounts(LocalDate today) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT site_id, COUNT(*) FROM letter WHERE status IN "
                    + AWAITING
                    + " AND due_on < ? GROUP BY site_id ORDER BY site_id")
            .setParameter(1, Date.valueOf(today))
            .getResultList();
    return rows.stream()
        .map(row -> new SiteCount((String) row[0], ((Number) row[1]).intValue()))
        .toList();
  }

  record SiteCount(String site, int count) {}

  /**
   * The figures per responsible site of the letters received from {@code from} to {@code to}: whole
   * past months from {@link LetterFiguresRepository}, the rest (partial months, the current one)
   * and the overdue (waiting past the due date on {@code today}) counted from the letters.
   */
  List<SiteFigures> statistics(String site, LocalDate from, LocalDate to, LocalDate today) {
    Map<String, SiteFigures> bySite = new TreeMap<>();
    YearMonth current = YearMonth.from(today);
    List<YearMonth> wholePastMonths = new ArrayList<>();
    for (YearMonth month = YearMonth.from(from);
        !month.isAfter(YearMonth.from(to));
        month = month.plusMonths(1)) {
      LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
      LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
      boolean whole = start.equals(month.atDay(1)) && end.equals(month.atEndOfMonth());
      if (whole && month.isBefore(current)) {
        wholePastMonths.add(month);
      } else {
        figures
            .counted(site, start, end)
            .forEach(f -> bySite.merge(f.site(), f, SiteFigures::plus));
      }
    }
    figures
        .ofMonths(site, wholePastMonths)
        .forEach(f -> bySite.merge(f.site(), f, SiteFigures::plus));
    figures
        .overdue(site, from, to, today)
        .forEach(
            (id, overdue) ->
                bySite.merge(id, SiteFigures.overdueOnly(id, overdue), SiteFigures::plus));
    return List.copyOf(bySite.values());
  }

  /**
   * A site's figures; the average working days kept as sum and count, so that figures of months add
   * up.
   */
  record SiteFigures(
      String site,
      int received,
      int answered,
      int onTime,
      int overdue,
      long workingDaysSum,
      int workingDaysCount,
      int published,
      int rated,
      int satisfied) {

    static SiteFigures overdueOnly(String site, int overdue) {
      return new SiteFigures(site, 0, 0, 0, overdue, 0, 0, 0, 0, 0);
    }

    SiteFigures plus(SiteFigures other) {
      return new SiteFigures(
          site,
          received + other.received,
          answered + other.answered,
          onTime + other.onTime,
          overdue + other.overdue,
          workingDaysSum + other.workingDaysSum,
          workingDaysCount + other.workingDaysCount,
          published + other.published,
          rated + other.rated,
          satisfied + other.satisfied);
    }

    OptionalDouble averageWorkingDays() {
      return workingDaysCount == 0
          ? OptionalDouble.empty()
          : OptionalDouble.of((double) workingDaysSum / workingDaysCount);
    }
  }

  /** The monthly figures per channel of the letters received since {@code since}. */
  List<MonthFigures> months(LocalDate since) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT channel_site, channel_code, YEAR(received_on), MONTH(received_on),"
                    + " COUNT(*), SUM(replied_on IS NOT NULL), SUM(on_time = 1),"
                    + " AVG(working_days_to_reply), SUM(rating IS NOT NULL), SUM(rating IN "
                    + SATISFIED
                    + ") FROM letter WHERE received_on >= ?"
                    + " GROUP BY channel_site, channel_code, YEAR(received_on), MONTH(received_on)")
            .setParameter(1, Date.valueOf(since))
            .getResultList();
    List<MonthFigures> months = new ArrayList<>();
    for (Object[] row : rows) {
      months.add(
          new MonthFigures(
              (String) row[0],
              (String) row[1],
              YearMonth.of(integer(row[2]), integer(row[3])),
              integer(row[4]),
              integer(row[5]),
              integer(row[6]),
              average(row[7]),
              integer(row[8]),
              integer(row[9])));
    }
    return months;
  }

  record MonthFigures(
      String site,
      String channel,
      YearMonth month,
      int received,
      int answered,
      int onTime,
      OptionalDouble averageWorkingDays,
      int rated,
      int satisfied) {}

  /** Every published letter. */
  List<Letter> published() {
    return em.createQuery(
            "SELECT l FROM Letter l WHERE l.publishedAt IS NOT NULL ORDER BY l.publishedAt DESC",
            Letter.class)
        .getResultList();
  }

  /** The audit's facts of every letter received from {@code since} on (every letter for null). */
  List<Object[]> auditRows(LocalDate since) {
    Query query =
        em.createNativeQuery(
            "SELECT number, site_id, channel_code, received_on, status, due_on, replied_on,"
                + " published_on, channel_site FROM letter"
                + (since == null ? "" : " WHERE received_on >= ?")
                + " ORDER BY received_on, id");
    if (since != null) {
      query.setParameter(1, Date.valueOf(since));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows;
  }

  /** Ids of letters closed or rejected before {@code cutoff} whose personal data is still kept. */
  List<Long> purgeable(Instant cutoff, int limit) {
    return em.createQuery(
            "SELECT l.id FROM Letter l WHERE l.purgedAt IS NULL AND ("
                + "(l.status = 'closed' AND l.closedAt < :cutoff)"
                + " OR (l.status = 'rejected' AND l.rejectedAt < :cutoff))",
            Long.class)
        .setParameter("cutoff", cutoff)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The sites among {@code ids} that exist. */
  Set<String> existing(Set<String> siteIds) {
    if (siteIds.isEmpty()) {
      return Set.of();
    }
    return em.createQuery("SELECT s.id FROM Site s WHERE s.id IN :ids", String.class)
        .setParameter("ids", siteIds)
        .getResultStream()
        .collect(Collectors.toSet());
  }

  static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate day) {
      return day;
    }
    return ((Date) value).toLocalDate();
  }

  private static int integer(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }

  private static OptionalDouble average(Object value) {
    return value == null
        ? OptionalDouble.empty()
        : OptionalDouble.of(((Number) value).doubleValue());
  }
}
