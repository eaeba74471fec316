package org.zhanqun.audit.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

  @Test
  void keepsTheFirstAndLastFourDigitsOfAnIdOrCardNumber() {
    assertThat(PersonalDataMask.mask("220102199003051234")).isEqualTo("2201**********1234");
    assertThat(PersonalDataMask.mask("22010219900306123X")).isEqualTo("2201**********123*");
    assertThat(PersonalDataMask.mask("6222 0212 3456 7890 128"))
        .isEqualTo("6222 **** **** ***0 128");
  }

  @Test
  void keepsTheFirstThreeAndLastFourOfAMobileNumber() {
    assertThat(PersonalDataMask.mask("13812345678")).isEqualTo("138****5678");
    assertThat(PersonalDataMask.mask("138-1234-5678")).isEqualTo("138-****-5678");
  }

  @Test
  void masksFullWidthDigitsToo() {
    assertThat(PersonalDataMask.mask("２２０１０２１９９００３０５１２３４")).isEqualTo("２２０１**********１２３４");
  }

  @Test
  void hidesTheNumberOfTheFindingAndEveryOtherLongNumberInAContext() {
    assertThat(
            PersonalDataMask.hide(
                "张某 220102199003051234，电话 13812345678，热线 0431-12345", "220102199003051234"))
        .isEqualTo("张某 2201**********1234，电话 138****5678，热线 0431-12345");
  }

  @Test
  void hidesWhatALineBreakSplitFromTheRestOfTheNumber() {
    assertThat(PersonalDataMask.hide("号码 220102199", "220102199\n003051234"))
        .isEqualTo("号码 *********");
  }

  @Test
  void leavesShortNumbersDatesAndDocumentNumbersAlone() {
    String text = "〔2024〕12号，2026-11-16 发布，热线 12345，邮编 130000";
    assertThat(PersonalDataMask.hideLongNumbers(text)).isEqualTo(text);
  }

  @Test
  void hidesTheDigitsOfANumberTheContextCutAtEitherEnd() {
    assertThat(PersonalDataMask.hideContext("03051234，手机 13812345678）。", "13812345678"))
        .isEqualTo("********，手机 138****5678）。");
    assertThat(
            PersonalDataMask.hideContext(
                "身份证号 220102199003051234，手机 13812345", "220102199003051234"))
        .isEqualTo("身份证号 2201**********1234，手机 ********");
    assertThat(PersonalDataMask.hideContext("热爱中华人民共合国，2026 年", null))
        .isEqualTo("热爱中华人民共合国，2026 年");
  }

  @Test
  void masksAgainANumberThatTheProofreaderMaskedItsOwnWay() {
    assertThat(PersonalDataMask.hideLongNumbers("mask it (e.g. 220102********1234)"))
        .isEqualTo("mask it (e.g. 2201**********1234)");
    assertThat(PersonalDataMask.hideLongNumbers("e.g. 138****5678")).isEqualTo("e.g. 138****5678");
  }
}
