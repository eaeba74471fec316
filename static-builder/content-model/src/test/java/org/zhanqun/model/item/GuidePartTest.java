package org.zhanqun.model.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one completeness rule of service guides (办事指南). */
class GuidePartTest {

  private static GuidePart<Long> complete() {
    return new GuidePart<>(
        "11220100MB1234567X4000117001",
        "公共服务",
        "《中华人民共和国价格法》第二十条",
        "本市户籍居民",
        List.of(new GuidePart.Material<>("身份证", null, 1, true, true)),
        List.of("申请", "受理", "审核", "办结"),
        new GuidePart.TimeLimit(20, 5),
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
    assertThat(complete().missingElements()).isEmpty();
  }

  @Test
  void namesEachMissingElementInThePrintedOrder() {
    GuidePart<Long> guide = complete();
    GuidePart<Long> incomplete =
        new GuidePart<>(
            guide.itemCode(),
            guide.itemType(),
            "  ",
            guide.conditions(),
            List.of(),
            guide.process(),
            new GuidePart.TimeLimit(null, null),
            guide.fees(),
            guide.location(),
            guide.hours(),
            guide.department(),
            null,
            guide.supervisionPhone(),
            null,
            null);
    assertThat(incomplete.missingElements())
        .extracting(GuideElement::field)
        .containsExactly("basis", "materials", "timeLimit", "phone");
    assertThat(incomplete.missingElements())
        .extracting(GuideElement::standardName)
        .containsExactly("设定依据", "申请材料", "办理时限", "咨询电话");
  }

  @Test
  void aGuideWithoutElementsMissesAllEleven() {
    GuidePart<Long> empty =
        new GuidePart<>(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null);
    assertThat(empty.missingElements()).hasSize(11);
  }

  @Test
  void aTimeLimitWithoutANumberIsMissingAtEveryDoor() {
    GuidePart<Long> guide = complete();
    GuidePart<Long> withEmptyLimit =
        new GuidePart<>(
            guide.itemCode(),
            guide.itemType(),
            guide.basis(),
            guide.conditions(),
            guide.materials(),
            guide.process(),
            new GuidePart.TimeLimit(null, null),
            guide.fees(),
            guide.location(),
            guide.hours(),
            guide.department(),
            guide.phone(),
            guide.supervisionPhone(),
            null,
            null);
    assertThat(withEmptyLimit.missingElements()).containsExactly(GuideElement.TIME_LIMIT);
  }
}
