package org.zhanqun.cms.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Queries for the cluster, its sites and their columns. */
@ApplicationScoped
class SiteRepository {

  @PersistenceContext(unitName = "zhanqun")
  EntityManager em;

  Cluster cluster() {
    return em.createQuery("SELECT c FROM Cluster c", Cluster.class).getSingleResult();
  }

  /**
   * Gives the one cluster row the id {@code id}, natively (an entity's id cannot change); call it
   * before the cluster is read in the transaction.
   *
   * @return whether the id changed
   */
  boolean renameCluster(String id) {
    return em.createNativeQuery("UPDATE cluster SET id = ? WHERE id <> ?")
            .setParameter(1, id)
            .setParameter(2, id)
            .executeUpdate()
        > 0;
  }

  List<SiteColumn> allColumns() {
    return em.createQuery(
            "SELECT c FROM SiteColumn c ORDER BY c.siteId, c.position, c.code", SiteColumn.class)
        .getResultList();
  }

  Optional<Site> findSite(String id) {
    return Optional.ofNullable(em.find(Site.class, id));
  }

  Optional<Site> findSiteByPath(String path) {
    return em.createQuery("SELECT s FROM Site s WHERE s.path = :path", Site.class)
        .setParameter("path", path)
        .getResultStream()
        .findFirst();
  }

  List<Site> sites() {
    return em.createQuery("SELECT s FROM Site s ORDER BY s.position, s.id", Site.class)
        .getResultList();
  }

  /** Writes pending changes now, so that a changed entity shows its new version. */
  void flush() {
    em.flush();
  }

  /** Stores the new site now, so that its version is known. */
  void add(Site site) {
    em.persist(site);
    em.flush();
  }

  /** Removes the site and the roles users had on it (kept natively: no security type here). */
  void remove(Site site) {
    em.createNativeQuery("DELETE FROM site_role WHERE site_id = ?")
        .setParameter(1, site.id())
        .executeUpdate();
    em.remove(site);
  }

  Optional<SiteColumn> findColumn(long id) {
    return Optional.ofNullable(em.find(SiteColumn.class, id));
  }

  Optional<SiteColumn> findColumn(String siteId, String code) {
    return em.createQuery(
            "SELECT c FROM SiteColumn c WHERE c.siteId = :site AND c.code = :code",
            SiteColumn.class)
        .setParameter("site", siteId)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  List<SiteColumn> columns(String siteId) {
    return em.createQuery(
            "SELECT c FROM SiteColumn c WHERE c.siteId = :site ORDER BY c.position, c.code",
            SiteColumn.class)
        .setParameter("site", siteId)
        .getResultList();
  }

  /** Stores the new column now, so that its generated id and version are known. */
  void add(SiteColumn column) {
    em.persist(column);
    em.flush();
  }

  void remove(SiteColumn column) {
    em.remove(column);
  }

  long countColumns(String siteId) {
    return em.createQuery("SELECT COUNT(c) FROM SiteColumn c WHERE c.siteId = :site", Long.class)
        .setParameter("site", siteId)
        .getSingleResult();
  }

  long countChildren(long columnId) {
    return em.createQuery(
            "SELECT COUNT(c) FROM SiteColumn c WHERE c.parentId = :parent", Long.class)
        .setParameter("parent", columnId)
        .getSingleResult();
  }

  /** Items of any status in the column; counted natively so this package needs no content type. */
  long countItems(long columnId) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM content_item WHERE column_id = ?")
                .setParameter(1, columnId)
                .getSingleResult())
        .longValue();
  }

  /**
   * Items of the site whose live revision is in the column: their working copy may have moved to
   * another column since they were published.
   */
  long countLiveItems(String siteId, long columnId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM content_item WHERE site_id = ? AND live_content IS NOT NULL"
                        + " AND (column_id = ? OR JSON_VALUE(live_content, '$.column') = ?)")
                .setParameter(1, siteId)
                .setParameter(2, columnId)
                .setParameter(3, columnId)
                .getSingleResult())
        .longValue();
  }

  long countSiteItemsAndFiles(String siteId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT (SELECT COUNT(*) FROM content_item WHERE site_id = ?1)"
                        + " + (SELECT COUNT(*) FROM stored_file WHERE site_id = ?1)")
                .setParameter(1, siteId)
                .getSingleResult())
        .longValue();
  }

  /**
   * The letters received on or handled by the site, its consultations and the error reports with
   * it: records of the public's that deleting the site would orphan or lose.
   */
  long countInteraction(String siteId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT (SELECT COUNT(*) FROM letter WHERE site_id = ?1 OR channel_site = ?1)"
                        + " + (SELECT COUNT(*) FROM consultation WHERE site_id = ?1)"
                        + " + (SELECT COUNT(*) FROM error_report WHERE site_id = ?1)")
                .setParameter(1, siteId)
                .getSingleResult())
        .longValue();
  }
}
