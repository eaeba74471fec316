package org.zhanqun.cms.interaction.errorreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.interaction.errorreport.ResponsibleSite.SitePath;

class ResponsibleSiteTest {

  private static final List<SitePath> SITES =
      List.of(
          new SitePath("portal", "", true),
          new SitePath("fgw", "fgw/", false),
          new SitePath("fgw-price", "fgw/price/", false),
          new SitePath("jyj", "jyj/", false));

  private final ResponsibleSite atRoot = new ResponsibleSite("https://www.cc.gov.cn/", SITES);
  private final ResponsibleSite underPath =
      new ResponsibleSite("http://localhost:8080/cluster/", SITES);

  @Test
  void theSiteWithTheLongestMatchingPathIsResponsible() {
    assertThat(atRoot.route("https://www.cc.gov.cn/fgw/news/1.html").site()).contains("fgw");
    assertThat(atRoot.route("https://www.cc.gov.cn/fgw/price/list.html").site())
        .contains("fgw-price");
    assertThat(atRoot.route("https://www.cc.gov.cn/fgw").site()).contains("fgw");
    assertThat(atRoot.route("https://WWW.CC.GOV.CN/jyj/?q=1#x").site()).contains("jyj");
  }

  @Test
  void aPageOfNoDepartmentBelongsToThePortal() {
    assertThat(atRoot.route("https://www.cc.gov.cn/").site()).contains("portal");
    assertThat(atRoot.route("https://www.cc.gov.cn").site()).contains("portal");
    assertThat(atRoot.route("https://www.cc.gov.cn/fgwx/a.html").site()).contains("portal");
    assertThat(atRoot.route("http://www.cc.gov.cn/en/index.html").site()).contains("portal");
  }

  @Test
  void theBasePathOfTheClusterIsLeftOutBeforeMatching() {
    assertThat(underPath.route("http://localhost:8080/cluster/fgw/a.html").site()).contains("fgw");
    assertThat(underPath.route("http://localhost:8080/cluster").site()).contains("portal");
    assertThat(underPath.route("http://localhost:8080/other/fgw/a.html").site()).isEmpty();
  }

  @Test
  void anAddressOutsideTheClusterIsRefusedWithAReason() {
    assertThat(atRoot.route("https://www.example.com/fgw/").refusal()).contains("not a page");
    assertThat(atRoot.route("https://www.cc.gov.cn:8443/fgw/").site()).isEmpty();
    assertThat(underPath.route("http://localhost:9090/cluster/fgw/").site()).isEmpty();
    assertThat(atRoot.route("javascript:alert(1)").site()).isEmpty();
    assertThat(atRoot.route("fgw/index.html").site()).isEmpty();
    assertThat(atRoot.route("https://www.cc.gov.cn/a b").site()).isEmpty();
  }
}
