package org.zhanqun.cms.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.model.site.ColumnCategory;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Language;
import org.zhanqun.model.site.SiteKind;

/**
 * In embedded (demo) mode, creates the sites the demo accounts work on — the portal, 发改委 (fgw) and
 * 教育局 (jyj) with their main columns — when the cluster has no sites yet, so that a new user can
 * write and publish at once. Not when {@code zhanqun.import.on-start} names a folder to import: the
 * folder (the full demo cluster in {@code content/}) brings the sites instead.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoSites {

  private static final Logger LOG = Logger.getLogger(DemoSites.class.getName());
  private static final List<Language> ZH_EN = List.of(Language.ZH_CN, new Language("en"));

  @Inject SiteRepository repository;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "zhanqun.demo-accounts")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "zhanqun.import.on-start")
  Optional<String> importOnStart;

  @PostConstruct
  void createWhenEmpty() {
    if (!enabled || !repository.sites().isEmpty()) {
      return;
    }
    if (importOnStart.filter(folder -> !folder.isBlank()).isPresent()) {
      LOG.info("no demo sites: the folder zhanqun.import.on-start names brings the sites");
      return;
    }
    site(
        "portal",
        SiteKind.PORTAL,
        "长春市人民政府",
        "Changchun Municipal Government",
        "",
        0,
        "2201000001");
    site(
        "fgw",
        SiteKind.DEPARTMENT,
        "长春市发展和改革委员会",
        "Changchun Development and Reform Commission",
        "fgw/",
        1,
        "2201000002");
    site(
        "jyj",
        SiteKind.DEPARTMENT,
        "长春市教育局",
        "Changchun Education Bureau",
        "jyj/",
        2,
        "2201000003");
    LOG.info("created the demo sites portal, fgw and jyj");
  }

  private void site(
      String id,
      SiteKind kind,
      String zhName,
      String enName,
      String path,
      int position,
      String code) {
    Site site =
        new Site(
            id,
            new Site.SiteSettings(
                kind,
                Map.of("zh-CN", zhName, "en", enName),
                zhName,
                path,
                kind == SiteKind.PORTAL ? "portal" : "department",
                ZH_EN,
                new SiteIdentification(
                    code,
                    "吉ICP备05000000号",
                    "吉公网安备 22010202000000号",
                    "0431-88888888",
                    "webmaster@example.gov.cn",
                    "长春市人民大街 0000 号"),
                position),
            clock.instant());
    repository.add(site);
    column(id, "news", "工作动态", "News", ColumnCategory.DYNAMIC, EnumSet.of(ContentType.NEWS), 0);
    column(id, "notice", "通知公告", "Notices", ColumnCategory.NOTICE, EnumSet.of(ContentType.NEWS), 1);
    column(
        id, "policy", "政策文件", "Policies", ColumnCategory.POLICY, EnumSet.of(ContentType.POLICY), 2);
    column(
        id,
        "interpretation",
        "政策解读",
        "Policy Interpretations",
        ColumnCategory.INTERPRETATION,
        EnumSet.of(ContentType.INTERPRETATION),
        3);
    column(
        id,
        "guide",
        "办事指南",
        "Service Guides",
        ColumnCategory.GUIDE,
        EnumSet.of(ContentType.GUIDE),
        4);
    column(id, "forms", "表格下载", "Forms", ColumnCategory.FORMS, EnumSet.of(ContentType.FORM), 5);
    column(id, "about", "机构概况", "About", ColumnCategory.STATIC, EnumSet.of(ContentType.PAGE), 6);
  }

  private void column(
      String siteId,
      String code,
      String zhName,
      String enName,
      ColumnCategory category,
      Set<ContentType> types,
      int position) {
    repository.add(
        new SiteColumn(
            siteId,
            code,
            new SiteColumn.ColumnSettings(
                null, Map.of("zh-CN", zhName, "en", enName), category, types, position)));
  }
}
