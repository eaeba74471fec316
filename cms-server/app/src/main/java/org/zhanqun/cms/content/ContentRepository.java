package org.zhanqun.cms.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhanqun.cms.infrastructure.persistence.JsonColumn;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Language;

/** Queries for content items and the links between them. */
@ApplicationScoped
class ContentRepository {

  @PersistenceContext(unitName = "zhanqun")
  EntityManager em;

  Optional<ContentItem> find(long id) {
    return Optional.ofNullable(em.find(ContentItem.class, id));
  }

  void add(ContentItem item) {
    em.persist(item);
    em.flush();
  }

  void remove(ContentItem item) {
    em.remove(item);
  }

  /** Writes pending changes now, so that a unique-key violation surfaces here. */
  void flush() {
    em.flush();
  }

  /**
   * Writes pending changes and detaches every entity of the persistence context (shared by all
   * features in this transaction): each flush checks every managed entity, so a transaction that
   * touches thousands of items slows down quadratically unless the context is emptied now and then.
   */
  void flushAndDetachAll() {
    em.flush();
    em.clear();
  }

  /**
   * A page of items: their ids first, then the items. For a site's list by status or column in the
   * order of the last change, MariaDB finds the ids in an index alone (V11), so a deep page does
   * not read the rows it skips; only the page's rows are read whole.
   */
  ItemPage<ContentItem> list(ItemQuery query) {
    Filter filter = filter(query);
    // the sort attribute is selected too: JPQL orders only by what it selects
    TypedQuery<Object[]> rows =
        em.createQuery(
            "SELECT i.id, i."
                + query.sort().attribute
                + " FROM ContentItem i"
                + filter.where
                + filter.order,
            Object[].class);
    filter.parameters.forEach(rows::setParameter);
    List<Long> ids =
        rows.setFirstResult((query.page() - 1) * query.size())
            .setMaxResults(query.size())
            .getResultStream()
            .map(row -> ((Number) row[0]).longValue())
            .toList();
    Map<Long, ContentItem> found = new HashMap<>();
    findAll(ids).forEach(item -> found.put(item.id(), item));
    List<ContentItem> page = ids.stream().map(found::get).filter(Objects::nonNull).toList();
    return new ItemPage<>(page, query.page(), query.size(), count(filter));
  }

  /**
   * A page of live items as public lists show them. Selects only the list's columns, and of the
   * published content only the fields a summary shows (taken out of the JSON by MariaDB): neither a
   * body, nor the rendered HTML, nor the working copy reaches this server.
   */
  ItemPage<PublishedItemSummary> listLive(ItemQuery query) {
    if (!query.liveOnly()) {
      throw new IllegalArgumentException("a public list shows live items only");
    }
    Filter filter = filter(query);
    TypedQuery<Object[]> rows =
        em.createQuery(
            "SELECT i.id, i.siteId, "
                + liveField("column")
                + ", i.type, i.language, "
                + liveField("translationKey")
                + ", "
                + liveField("slug")
                + ", "
                + liveField("title")
                + ", "
                + liveField("summary")
                + ", i.firstPublishedAt, i.lastPublishedAt FROM ContentItem i"
                + filter.where
                + filter.order,
            Object[].class);
    filter.parameters.forEach(rows::setParameter);
    List<PublishedItemSummary> page =
        rows.setFirstResult((query.page() - 1) * query.size())
            .setMaxResults(query.size())
            .getResultStream()
            .map(ContentRepository::liveSummary)
            .toList();
    return new ItemPage<>(page, query.page(), query.size(), count(filter));
  }

  /**
   * The file a live form item offers, read out of its published content alone; empty when the item
   * is not live or offers none.
   */
  Optional<Long> liveFileId(long id) {
    return em.createQuery(
            "SELECT "
                + liveField("form.fileId")
                + " FROM ContentItem i WHERE i.id = :id AND i.liveRevision IS NOT NULL",
            String.class)
        .setParameter("id", id)
        .getResultStream()
        .filter(Objects::nonNull)
        .map(json -> JsonColumn.read(json, Long.class))
        .filter(Objects::nonNull)
        .findFirst();
  }

  /** One field of the published content, as the JSON text of its value (null when absent). */
  private static String liveField(String name) {
    return "FUNCTION('JSON_EXTRACT', i.liveContent, '$." + name + "')";
  }

  private static PublishedItemSummary liveSummary(Object[] row) {
    return new PublishedItemSummary(
        ((Number) row[0]).longValue(),
        (String) row[1],
        JsonColumn.read((String) row[2], Long.class),
        ((ContentType) row[3]).code(),
        (String) row[4],
        JsonColumn.read((String) row[5], String.class),
        JsonColumn.read((String) row[6], String.class),
        JsonColumn.read((String) row[7], String.class),
        JsonColumn.read((String) row[8], String.class),
        (Instant) row[9],
        (Instant) row[10]);
  }

  /**
   * The WHERE and ORDER BY clauses of a list query over {@code ContentItem i}, and their values.
   */
  private record Filter(String where, String order, Map<String, Object> parameters) {}

  private static Filter filter(ItemQuery query) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (query.sites() != null) {
      where.append(" AND i.siteId IN :sites");
      parameters.put("sites", List.copyOf(query.sites()));
    }
    if (query.column() != null) {
      where.append(" AND i.columnId = :column");
      parameters.put("column", query.column());
    }
    if (query.type() != null) {
      where.append(" AND i.type = :type");
      parameters.put("type", query.type());
    }
    if (query.language() != null) {
      where.append(" AND i.language = :language");
      parameters.put("language", query.language());
    }
    if (query.status() != null) {
      where.append(" AND i.status = :status");
      parameters.put("status", query.status());
    }
    if (query.updatedSince() != null) {
      // readers care about publications, editors about any change
      where.append(
          query.liveOnly() ? " AND i.lastPublishedAt >= :since" : " AND i.updatedAt >= :since");
      parameters.put("since", query.updatedSince());
    }
    if (query.text() != null) {
      // one LIKE on the stored lower-case text of title, slug, summary, 索引号 and 文号 (V12);
      // LIKE '%…%' can use no index, the site (and status, column) filters narrow the scan
      where.append(" AND COLUMN('list_text', i) LIKE :text ESCAPE '!'");
      parameters.put("text", "%" + likeEscaped(query.text()) + "%");
    }
    if (query.liveOnly()) {
      where.append(" AND i.liveRevision IS NOT NULL");
    }
    String order =
        " ORDER BY i."
            + query.sort().attribute
            + (query.descending() ? " DESC" : " ASC")
            + ", i.id"
            + (query.descending() ? " DESC" : " ASC");
    return new Filter(where.toString(), order, parameters);
  }

  /** {@code text} as a LIKE pattern's literal part, with {@code !} as the escape character. */
  static String likeEscaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private long count(Filter filter) {
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(i) FROM ContentItem i" + filter.where, Long.class);
    filter.parameters.forEach(count::setParameter);
    return count.getSingleResult();
  }

  private static final String SUMMARY =
      "SELECT i.id, i.siteId, i.columnId, i.type, i.language, i.title, i.status, i.version,"
          + " i.updatedAt, i.updatedBy, i.scheduledAt FROM ContentItem i";

  private static ItemSummary summary(Object[] row) {
    return new ItemSummary(
        ((Number) row[0]).longValue(),
        (String) row[1],
        ((Number) row[2]).longValue(),
        ((ContentType) row[3]).code(),
        (String) row[4],
        (String) row[5],
        ((ItemStatus) row[6]).code(),
        ((Number) row[7]).intValue(),
        (Instant) row[8],
        (String) row[9],
        (Instant) row[10]);
  }

  /** The newest {@code limit} items of the site in the status, and how many there are. */
  ItemSummaries inStatus(String siteId, ItemStatus status, int limit) {
    List<ItemSummary> items =
        em.createQuery(
                SUMMARY
                    + " WHERE i.siteId = :site AND i.status = :status"
                    + " ORDER BY i.updatedAt DESC, i.id DESC",
                Object[].class)
            .setParameter("site", siteId)
            .setParameter("status", status)
            .setMaxResults(limit)
            .getResultStream()
            .map(ContentRepository::summary)
            .toList();
    long total =
        items.size() < limit
            ? items.size()
            : em.createQuery(
                    "SELECT COUNT(i) FROM ContentItem i WHERE i.siteId = :site"
                        + " AND i.status = :status",
                    Long.class)
                .setParameter("site", siteId)
                .setParameter("status", status)
                .getSingleResult();
    return new ItemSummaries(items, total);
  }

  /** The items by id, in the order of {@code ids}. */
  List<ItemSummary> summaries(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, ItemSummary> found = new HashMap<>();
    em.createQuery(SUMMARY + " WHERE i.id IN :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .map(ContentRepository::summary)
        .forEach(s -> found.put(s.id(), s));
    return ids.stream().map(found::get).filter(Objects::nonNull).toList();
  }

  /**
   * The ids of the site's items in another language than {@code sourceLanguage} whose version in it
   * changed after their own content, newest change first.
   */
  List<Long> outdatedTranslations(String siteId, String sourceLanguage) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT t.id FROM content_item t JOIN content_item s ON s.site_id = t.site_id"
                    + " AND s.translation_key = t.translation_key AND s.language = ?1"
                    + " WHERE t.site_id = ?2 AND t.language <> ?1"
                    + " AND s.content_changed_at > t.content_changed_at"
                    + " ORDER BY t.updated_at DESC, t.id DESC")
            .setParameter(1, sourceLanguage)
            .setParameter(2, siteId)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /** Column dates of every live item: see {@link LiveItemDates}. */
  List<LiveItemDates> liveItemDates() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, site_id, type, language, JSON_VALUE(live_content, '$.column'),"
                    + " live_slug, JSON_VALUE(live_content, '$.translationKey'),"
                    + " first_published_at, last_published_at,"
                    + " JSON_EXTRACT(live_content, '$.interpretation.interprets')"
                    + " FROM content_item WHERE live_revision IS NOT NULL")
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new LiveItemDates(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    ContentType.valueOf((String) row[2]),
                    (String) row[3],
                    row[4] == null ? null : Long.valueOf(row[4].toString()),
                    (String) row[5],
                    (String) row[6],
                    instant(row[7]),
                    instant(row[8]),
                    row[9] == null ? null : longs((String) row[9])))
        .toList();
  }

  private static List<Long> longs(String jsonArray) {
    List<?> values = JsonColumn.read(jsonArray, List.class);
    return values.stream().filter(Objects::nonNull).map(v -> ((Number) v).longValue()).toList();
  }

  /** Every language version of the item's translation group in its site, the item included. */
  List<ContentItem> translationGroup(String siteId, String translationKey) {
    return em.createQuery(
            "SELECT i FROM ContentItem i WHERE i.siteId = :site AND i.translationKey = :key"
                + " ORDER BY i.language",
            ContentItem.class)
        .setParameter("site", siteId)
        .setParameter("key", translationKey)
        .getResultList();
  }

  /**
   * Every language version of the translation groups of {@code items}, in one query (with the items
   * themselves); unordered.
   */
  List<ContentItem> translationGroups(Collection<ContentItem> items) {
    if (items.isEmpty()) {
      return List.of();
    }
    List<String> siteIds = items.stream().map(ContentItem::siteId).distinct().toList();
    List<String> keys = items.stream().map(ContentItem::translationKey).distinct().toList();
    java.util.Set<String> wanted =
        items.stream().map(i -> i.siteId() + "\n" + i.translationKey()).collect(Collectors.toSet());
    // a superset when the page spans several sites; the pairs not asked for are dropped here
    return em.createQuery(
            "SELECT i FROM ContentItem i WHERE i.siteId IN :sites AND i.translationKey IN :keys",
            ContentItem.class)
        .setParameter("sites", siteIds)
        .setParameter("keys", keys)
        .getResultStream()
        .filter(i -> wanted.contains(i.siteId() + "\n" + i.translationKey()))
        .toList();
  }

  /** For each of the policies: the ids of the interpretations that explain it, ascending. */
  Map<Long, List<Long>> interpretationLinks(Collection<Long> policyIds) {
    return links("interpretation_policy", "policy_id", "interpretation_id", policyIds);
  }

  /** For each of the forms: the ids of the guides that offer it, ascending. */
  Map<Long, List<Long>> guideLinks(Collection<Long> formIds) {
    return links("guide_form", "form_id", "guide_id", formIds);
  }

  private Map<Long, List<Long>> links(
      String table, String toColumn, String fromColumn, Collection<Long> targets) {
    if (targets.isEmpty()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT "
                    + toColumn
                    + ", "
                    + fromColumn
                    + " FROM "
                    + table
                    + " WHERE "
                    + toColumn
                    + " IN ("
                    // numbers, not text: nothing to escape
                    + targets.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + ") ORDER BY "
                    + toColumn
                    + ", "
                    + fromColumn)
            .getResultList();
    Map<Long, List<Long>> links = new HashMap<>();
    for (Object[] row : rows) {
      links
          .computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
          .add(((Number) row[1]).longValue());
    }
    return links;
  }

  boolean hasItems() {
    return !em.createNativeQuery("SELECT 1 FROM content_item LIMIT 1").getResultList().isEmpty();
  }

  /** The item of the translation group in the language, if there is one. */
  Optional<ContentItem> findVersion(String siteId, String translationKey, String language) {
    return em.createQuery(
            "SELECT i FROM ContentItem i WHERE i.siteId = :site AND i.translationKey = :key"
                + " AND i.language = :language",
            ContentItem.class)
        .setParameter("site", siteId)
        .setParameter("key", translationKey)
        .setParameter("language", language)
        .getResultStream()
        .findFirst();
  }

  /**
   * Every live item's published content, in one query that reads neither working copies nor
   * rendered bodies; ordered by id.
   */
  List<LiveItem> liveItems() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(LIVE_ITEMS + " WHERE live_revision IS NOT NULL ORDER BY id")
            .getResultList();
    return rows.stream().map(ContentRepository::liveItem).toList();
  }

  /** The live ones among {@code ids}, in the same form as {@link #liveItems()}; ordered by id. */
  List<LiveItem> liveItems(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                LIVE_ITEMS
                    + " WHERE live_revision IS NOT NULL AND id IN ("
                    // numbers, not text: nothing to escape; EclipseLink does not expand a list
                    // parameter in a native query
                    + ids.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + ") ORDER BY id")
            .getResultList();
    return rows.stream().map(ContentRepository::liveItem).toList();
  }

  private static final String LIVE_ITEMS =
      "SELECT id, site_id, type, language, live_content, first_published_at, last_published_at"
          + " FROM content_item";

  private static LiveItem liveItem(Object[] row) {
    return new LiveItem(
        ((Number) row[0]).longValue(),
        (String) row[1],
        ContentType.valueOf((String) row[2]),
        new Language((String) row[3]),
        JsonColumn.read((String) row[4], ItemContent.class),
        instant(row[5]),
        instant(row[6]));
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp stamp) {
      return stamp.toInstant();
    }
    if (value instanceof java.time.LocalDateTime local) {
      return local.toInstant(java.time.ZoneOffset.UTC);
    }
    return (Instant) value;
  }

  /** The items with the 索引号: the language versions of one policy, or none. */
  List<ContentItem> withIndexNo(String indexNo) {
    return em.createQuery(
            "SELECT i FROM ContentItem i WHERE i.indexNo = :no ORDER BY i.id", ContentItem.class)
        .setParameter("no", indexNo)
        .getResultList();
  }

  Optional<ContentItem> findBySlug(String siteId, String language, String slug) {
    return em.createQuery(
            "SELECT i FROM ContentItem i WHERE i.siteId = :site AND i.language = :language"
                + " AND i.slug = :slug",
            ContentItem.class)
        .setParameter("site", siteId)
        .setParameter("language", language)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /**
   * Another item of the site and language whose live revision has the slug (its working copy may
   * have another since): the id of one, if any.
   */
  Optional<Long> withLiveSlug(String siteId, String language, String slug, Long exceptItemId) {
    return em.createNativeQuery(
            "SELECT id FROM content_item WHERE site_id = ? AND language = ? AND live_slug = ?"
                + " AND id <> ? ORDER BY id LIMIT 1")
        .setParameter(1, siteId)
        .setParameter(2, language)
        .setParameter(3, slug)
        .setParameter(4, exceptItemId == null ? -1L : exceptItemId)
        .getResultStream()
        .findFirst()
        .map(id -> ((Number) id).longValue());
  }

  List<ContentItem> findAll(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT i FROM ContentItem i WHERE i.id IN :ids", ContentItem.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** The interpretations that explain the policy. */
  List<ContentItem> interpretationsOf(long policyId) {
    return linkedFrom("interpretation_policy", "interpretation_id", "policy_id", policyId);
  }

  /** The guides that offer the form. */
  List<ContentItem> guidesUsing(long formId) {
    return linkedFrom("guide_form", "guide_id", "form_id", formId);
  }

  void replaceInterpretedPolicies(long interpretationId, List<Long> policyIds) {
    replaceLinks(
        "interpretation_policy", "interpretation_id", "policy_id", interpretationId, policyIds);
  }

  void replaceGuideForms(long guideId, List<Long> formIds) {
    replaceLinks("guide_form", "guide_id", "form_id", guideId, formIds);
  }

  /** How many items of {@code siteId} interpret the item or offer it as a form. */
  long countLinksFromSite(long itemId, String siteId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT (SELECT COUNT(*) FROM interpretation_policy l JOIN content_item i"
                        + " ON i.id = l.interpretation_id WHERE l.policy_id = ?1 AND i.site_id = ?2)"
                        + " + (SELECT COUNT(DISTINCT l.guide_id) FROM guide_form l JOIN content_item i"
                        + " ON i.id = l.guide_id WHERE l.form_id = ?1 AND i.site_id = ?2)")
                .setParameter(1, itemId)
                .setParameter(2, siteId)
                .getSingleResult())
        .longValue();
  }

  /**
   * Removes every link to the item: the interpretations and guides keep the id in their content.
   */
  void dropLinksTo(long itemId) {
    em.createNativeQuery("DELETE FROM interpretation_policy WHERE policy_id = ?")
        .setParameter(1, itemId)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM guide_form WHERE form_id = ?")
        .setParameter(1, itemId)
        .executeUpdate();
  }

  /** The ids of scheduled items whose time has come, oldest due first. */
  List<Long> dueForPublication(Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM content_item WHERE status = 'SCHEDULED' AND scheduled_at <= ?"
                    + " ORDER BY scheduled_at, id LIMIT ?")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, limit)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /**
   * Locks the item for this transaction if it is still scheduled and due, skipping it when another
   * transaction (another server instance) holds it, so that each is published once.
   */
  boolean lockIfDue(long id, Instant now) {
    return !em.createNativeQuery(
            "SELECT id FROM content_item WHERE id = ? AND status = 'SCHEDULED'"
                + " AND scheduled_at <= ? FOR UPDATE SKIP LOCKED")
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(now))
        .getResultList()
        .isEmpty();
  }

  /** The form items that offer the file in their working copy or their published revision. */
  List<ContentItem> formsOffering(long fileId) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM content_item WHERE file_id = ?1"
                    + " OR JSON_VALUE(live_content, '$.form.fileId') = ?1")
            .setParameter(1, fileId)
            .getResultList();
    return sorted(findAll(ids.stream().map(Number::longValue).toList()));
  }

  /**
   * The items whose working-copy body contains any of {@code anywhere}, or any of {@code inSite}
   * when they are items of {@code siteId}; compared as plain text (LOCATE), not as patterns.
   */
  List<ContentItem> bodiesContaining(List<String> anywhere, String siteId, List<String> inSite) {
    if (anywhere.isEmpty() && inSite.isEmpty()) {
      return List.of();
    }
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    for (String text : anywhere) {
      parameters.add(text);
      conditions.add("LOCATE(?" + parameters.size() + ", body) > 0");
    }
    for (String text : inSite) {
      parameters.add(text);
      int textParameter = parameters.size();
      parameters.add(siteId);
      conditions.add(
          "(site_id = ?" + parameters.size() + " AND LOCATE(?" + textParameter + ", body) > 0)");
    }
    var query =
        em.createNativeQuery(
            "SELECT id FROM content_item WHERE body IS NOT NULL AND ("
                + String.join(" OR ", conditions)
                + ")");
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Number> ids = query.getResultList();
    return sorted(findAll(ids.stream().map(Number::longValue).toList()));
  }

  private static List<ContentItem> sorted(List<ContentItem> items) {
    List<ContentItem> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(ContentItem::id));
    return copy;
  }

  private List<ContentItem> linkedFrom(String table, String fromColumn, String toColumn, long to) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT " + fromColumn + " FROM " + table + " WHERE " + toColumn + " = ?")
            .setParameter(1, to)
            .getResultList();
    List<ContentItem> items =
        new ArrayList<>(findAll(ids.stream().map(Number::longValue).toList()));
    items.sort(Comparator.comparing(ContentItem::id));
    return items;
  }

  private void replaceLinks(
      String table, String fromColumn, String toColumn, long from, List<Long> targets) {
    em.createNativeQuery("DELETE FROM " + table + " WHERE " + fromColumn + " = ?")
        .setParameter(1, from)
        .executeUpdate();
    for (Long target : targets.stream().distinct().toList()) {
      em.createNativeQuery(
              "INSERT INTO " + table + " (" + fromColumn + ", " + toColumn + ") VALUES (?, ?)")
          .setParameter(1, from)
          .setParameter(2, target)
          .executeUpdate();
    }
  }
}
