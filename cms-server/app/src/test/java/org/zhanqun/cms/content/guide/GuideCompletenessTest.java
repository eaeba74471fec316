package org.zhanqun.cms.content.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuideCompletenessTest {

  private static ServiceGuideElements complete() {
    return new ServiceGuideElements(
        "11220100MB1234567X4000117001",
        "公共服务",
        "《中华人民共和国价格法》第二十条",
        "本市户籍居民",
        List.of(new ServiceGuideElements.Material("身份证", null, 1, true, true)),
        List.of("申请", "受理", "审核", "办结"),
        new ServiceGuideElements.TimeLimit(20, 5),
        "免费",
        "长春市政务服务中心二楼",
        "工作日 9:00-17:00",
        "长春市发展和改革委员会",
        "0431-88888888",
        "0431-12345",
        null,
        List.of());
  }

  @Test
  void aGuideWithEveryRequiredElementMissesNothing() {
    assertThat(GuideCompleteness.missing(complete())).isEmpty();
  }

  @Test
  void namesEachMissingElementInThePrintedOrder() {
    ServiceGuideElements guide = complete();
    ServiceGuideElements incomplete =
        new ServiceGuideElements(
            guide.itemCode(),
            guide.itemType(),
            "  ",
            guide.conditions(),
            List.of(),
            guide.process(),
            new ServiceGuideElements.TimeLimit(null, null),
            guide.fees(),
            guide.location(),
            guide.hours(),
            guide.department(),
            null,
            guide.supervisionPhone(),
            null,
            null);
    assertThat(GuideCompleteness.missing(incomplete))
        .extracting(GuideCompleteness.Element::field)
        .containsExactly("basis", "materials", "timeLimit", "phone");
    assertThat(GuideCompleteness.missing(incomplete))
        .extracting(GuideCompleteness.Element::name)
        .containsExactly("设定依据", "申请材料", "办理时限", "咨询电话");
  }

  @Test
  void aGuideWithoutElementsMissesAllEleven() {
    assertThat(GuideCompleteness.missing(null)).hasSize(11);
  }
}
