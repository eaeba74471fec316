package org.zhanqun.proofreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The misspellings generated from the official division names. */
class PlaceNamesTest {

  @Test
  void theLongestAdministrativeSuffixIsKept() {
    assertThat(PlaceNames.suffix("齐齐哈尔市")).isEqualTo("市");
    assertThat(PlaceNames.suffix("延边朝鲜族自治州")).isEqualTo("自治州");
    assertThat(PlaceNames.suffix("香港特别行政区")).isEqualTo("特别行政区");
    assertThat(PlaceNames.suffix("阿拉善盟")).isEqualTo("盟");
  }

  @Test
  void aStemGetsOneLeftOutOneSwappedAndOneDoubled() {
    assertThat(PlaceNames.variants("齐齐哈尔"))
        .contains("齐哈尔", "齐齐哈", "齐齐尔", "齐哈齐尔", "齐齐尔哈", "齐齐齐哈尔", "齐齐哈哈尔")
        .doesNotContain("齐齐哈尔");
  }

  @Test
  void aThreeCharacterStemIsNotShortened() {
    assertThat(PlaceNames.variants("石家庄")).contains("家石庄", "石石家庄").doesNotContain("石家", "家庄");
  }

  @Test
  void aMisspellingNeverEqualsAnOfficialNameAndNamesTheOfficialOne() {
    PlaceNames places = PlaceNames.of(List.of("齐齐哈尔市", "齐哈尔市", "朝阳区", "石家庄市"));
    assertThat(places.misspellings())
        .containsEntry("齐齐哈市", "齐齐哈尔市")
        .doesNotContainKey("齐哈尔市")
        .doesNotContainKey("朝区");
  }

  @Test
  void theBuiltInDivisionsHoldProvincesPrefecturesAndCountiesButNoPlaceholders() {
    List<String> names = PlaceNames.builtIn().names();
    assertThat(names).contains("吉林省", "长春市", "朝阳区", "齐齐哈尔市", "延边朝鲜族自治州", "农安县");
    assertThat(names).doesNotContain("市辖区", "县", "省直辖县级行政区划");
    assertThat(names).hasSizeGreaterThan(3_000);
  }
}
