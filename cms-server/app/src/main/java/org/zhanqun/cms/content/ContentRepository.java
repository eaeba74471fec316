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
import org.zhanqun.cms.site.ContentType;
import org.zhanqun.cms.site.Language;

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

  ItemPage<ContentItem> list(ItemQuery query) {
    Filter filter = filter(query);
    TypedQuery<ContentItem> items =
        em.createQuery(
            "SELECT i FROM ContentItem i" + filter.where + filter.order, ContentItem.class);
    filter.parameters.forEach(items::setParameter);
    List<ContentItem> page =
        items
            .setFirstResult((query.page() - 1) * query.size())
            .setMaxResults(query.size())
            .getResultList();
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

  private long count(Filter filter) {
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(i) FROM ContentItem i" + filter.where, Long.class);
    filter.parameters.forEach(count::setParameter);
    return count.getSingleResult();
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

  /** Up to {@code limit} live items with an id above {@code afterId}, by id: for paging. */
  List<LiveItem> liveItemsAfter(long afterId, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                LIVE_ITEMS + " WHERE live_revision IS NOT NULL AND id > ? ORDER BY id LIMIT ?")
            .setParameter(1, afterId)
            .setParameter(2, limit)
            .getResultList();
    return rows.stream().map(ContentRepository::liveItem).toList();
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
