package org.zhanqun.cms.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhanqun.audit.Audit;
import org.zhanqun.audit.AuditRequest;
import org.zhanqun.audit.check.ColumnState;
import org.zhanqun.audit.check.FreshnessRadar;
import org.zhanqun.audit.rule.Rules;
import org.zhanqun.audit.rule.RulesFile;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.cms.publish.PublishedContentSet;
import org.zhanqun.cms.security.CurrentCaller;
import org.zhanqun.cms.site.SiteColumn;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.cms.site.UnknownSiteException;

/**
 * The freshness radar of the console's start page: the audit library's column dates and early
 * warnings for one site as of today (the server's clock, the cluster's time zone), with the
 * national rules. Reads only the dates of the live items (no body, no published file, no link): it
 * answers in milliseconds, unlike an audit run.
 */
@ApplicationScoped
public class FreshnessService {

  private final Audit audit = new Audit();
  private final Rules rules = RulesFile.nationalDefault();

  @Inject CurrentCaller caller;
  @Inject SiteService sites;
  @Inject PublishedContentSet published;
  @Inject Clock clock;

  /**
   * The radar of the site, for its editors and reviewers, evaluators and administrators.
   *
   * @throws UnknownSiteException (404) for a site the cluster does not have
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public FreshnessView radar(String siteId) {
    if (sites.findSite(siteId).isEmpty()) {
      throw new UnknownSiteException(siteId);
    }
    caller.requireAuditReader(siteId);
    ContentSet content = published.datesOnly();
    LocalDate asOf = AuditRequest.today(content, clock);
    FreshnessRadar radar = audit.radar(AuditRequest.of(content, rules, asOf).forSite(siteId));
    Map<String, Long> ids = new HashMap<>();
    for (SiteColumn column : sites.allColumns()) {
      if (column.siteId().equals(siteId)) {
        ids.put(column.code(), column.id());
      }
    }
    String language = content.cluster().site(siteId).map(s -> s.sourceLanguage()).orElse("zh-CN");
    List<FreshnessView.Column> columns =
        radar.columns().stream()
            .map(
                c -> {
                  ColumnState state = c.state();
                  return new FreshnessView.Column(
                      ids.get(state.column().code()),
                      state.column().code(),
                      state.path(),
                      state.column().names().in(language, List.of("zh-CN", "en")),
                      state.column().category().code(),
                      state.depth(),
                      state.lastPublished(),
                      c.limitDays(),
                      c.daysLeft(),
                      c.freshness().code());
                })
            .toList();
    List<FreshnessView.Warning> warnings =
        radar.warnings().stream()
            .map(
                w ->
                    new FreshnessView.Warning(
                        w.rule(),
                        w.message().zh(),
                        Map.of("zh-CN", w.message().zh(), "en", w.message().en()),
                        w.value(),
                        w.warnAt(),
                        w.vetoAt(),
                        w.vetoed()))
            .toList();
    return new FreshnessView(siteId, asOf, columns, warnings);
  }
}
