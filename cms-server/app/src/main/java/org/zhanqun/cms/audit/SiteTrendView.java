package org.zhanqun.cms.audit;

import java.time.LocalDate;
import java.util.List;
import org.zhanqun.audit.Trends;
import org.zhanqun.audit.finding.FindingKey;

/**
 * A site's audit trend.
 *
 * @param points its score, veto, sleep and freshness per stored run, oldest first
 * @param previous the as-of day of the second-latest run; null with fewer than two
 * @param latest the as-of day of the latest run; null without runs
 * @param opened its findings in the latest run that the previous did not have
 * @param fixed its findings in the previous run that the latest no longer has
 */
public record SiteTrendView(
    String site,
    List<Trends.ScorePoint> points,
    LocalDate previous,
    LocalDate latest,
    List<FindingKey> opened,
    List<FindingKey> fixed) {}
