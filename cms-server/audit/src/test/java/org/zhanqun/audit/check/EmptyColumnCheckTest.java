package org.zhanqun.audit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.audit.testing.AuditRun.dep;
import static org.zhanqun.audit.testing.AuditRun.findings;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.testing.MiniCluster;

class EmptyColumnCheckTest {

  @TempDir Path folder;

  private MiniCluster withEmptyColumns(int count) {
    MiniCluster cluster = MiniCluster.complete(folder);
    String[] categories = {
      "interpretation", "personnel", "planning", "interaction", "static", "notice"
    };
    for (int i = 0; i < count; i++) {
      cluster.column("empty" + i, categories[i]);
    }
    return cluster;
  }

  @Test
  void deductsEachEmptyColumnBelowTheVetoCount() {
    SiteResult site = dep(withEmptyColumns(4).read());

    assertThat(site.vetoes()).isEmpty();
    assertThat(findings(site, "column-empty"))
        .extracting(Finding::column)
        .containsExactly("empty0", "empty1", "empty2", "empty3");
    assertThat(findings(site, "column-empty").get(0).evidence().en())
        .isEqualTo("column empty0 (interpretation) has had no item up to 2026-11-16");
    assertThat(site.score()).isEqualByComparingTo("80");
  }

  @Test
  void vetoesFiveEmptyColumnsOfAnyCategoryButSpecial() {
    MiniCluster cluster = withEmptyColumns(4).column("topic", "special");
    assertThat(dep(cluster.read()).vetoes()).isEmpty();

    SiteResult site = dep(withEmptyColumns(5).read());

    assertThat(site.vetoes()).containsExactly("empty-columns");
    assertThat(findings(site, "empty-columns").get(0).evidence().en())
        .isEqualTo(
            "5 empty columns (veto at 5): empty0 (interpretation), empty1 (personnel),"
                + " empty2 (planning), empty3 (interaction), empty4 (static)");
    assertThat(findings(site, "column-empty")).isEmpty();
  }

  @Test
  void aParentColumnWithItemsOnlyInItsSubColumnsIsNotEmpty() {
    MiniCluster cluster = MiniCluster.complete(folder).column("stats", "planning");
    cluster.column("stats/yearly", "planning").item("stats/yearly", "y", 10);

    assertThat(findings(dep(cluster.read()), "column-empty")).isEmpty();
  }

  @Test
  void aColumnWithOnlyDraftsOrLaterItemsIsEmpty() {
    MiniCluster cluster = MiniCluster.complete(folder).column("stats", "planning");
    cluster
        .draft("stats", "draft", 3)
        .item("stats", "later", MiniCluster.AS_OF.plusDays(1), "zh-CN");

    assertThat(findings(dep(cluster.read()), "column-empty"))
        .extracting(Finding::column)
        .containsExactly("stats");
  }
}
