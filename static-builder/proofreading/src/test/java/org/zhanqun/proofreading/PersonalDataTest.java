package org.zhanqun.proofreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 居民身份证, mobile and bank card numbers, and the public service numbers that pass. */
class PersonalDataTest {

  private static final Proofreader PROOFREADER = Proofreader.of(Dictionary.builtIn());

  private static List<Finding> check(String text) {
    return PROOFREADER.check("body", text);
  }

  @Test
  void anIdNumberWithAValidCheckDigitIsPersonalData() {
    assertThat(check("申请人身份证号220102199003071235，请核对"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.category()).isEqualTo(Category.PERSONAL_DATA);
              assertThat(finding.severity()).isEqualTo(Severity.BLOCK);
              assertThat(finding.text()).isEqualTo("220102199003071235");
              assertThat(finding.offset()).isEqualTo(7);
              assertThat(finding.suggestion())
                  .isEqualTo("remove or mask the 居民身份证 number (e.g. 220102********1235)");
            });
    assertThat(check("11010519491231002X"))
        .extracting(Finding::text)
        .containsExactly("11010519491231002X");
    assertThat(check("11010519491231002x")).hasSize(1);
  }

  @Test
  void anEighteenDigitNumberWithAWrongCheckDigitIsNot() {
    assertThat(check("编号220102199003071234")).isEmpty();
    assertThat(check("编号220102199013071230")).isEmpty(); // no 13th month
  }

  @Test
  void aMobileNumberIsFoundPlainGroupedOrWithTheCountryCode() {
    assertThat(check("联系人手机13812345678。"))
        .extracting(Finding::text, Finding::suggestion)
        .containsExactly(
            tuple("13812345678", "remove or mask the mobile number (e.g. 138****5678)"));
    assertThat(check("电话138 1234 5678")).extracting(Finding::text).containsExactly("138 1234 5678");
    assertThat(check("电话138-1234-5678")).extracting(Finding::text).containsExactly("138-1234-5678");
    assertThat(check("电话+86 138 1234 5678"))
        .extracting(Finding::text)
        .containsExactly("+86 138 1234 5678");
    assertThat(check("电话8613812345678")).hasSize(1);
    assertThat(check("电话：**13812345678**"))
        .extracting(Finding::text)
        .containsExactly("13812345678");
    assertThat(check("电话１３８１２３４５６７８")).hasSize(1);
  }

  @Test
  void twoNumbersSeparatedByASpaceAreTwoFindings() {
    assertThat(check("13812345678 13912345678"))
        .extracting(Finding::text)
        .containsExactly("13812345678", "13912345678");
  }

  @Test
  void aBankCardNumberValidByLuhnIsPersonalData() {
    assertThat(check("卡号6222020200001234562"))
        .extracting(Finding::text, Finding::suggestion)
        .containsExactly(
            tuple(
                "6222020200001234562",
                "remove or mask the bank card number (e.g. ***************4562)"));
    assertThat(check("卡号6222 0202 0000 1234 562")).hasSize(1);
    assertThat(check("卡号6222020200001234563")).isEmpty();
  }

  @Test
  void numbersInsideLongerRunsIdentifiersAndUrlsAreNoOnesNumbers() {
    assertThat(check("流水号1381234567890")).isEmpty();
    assertThat(check("订单A13812345678")).isEmpty();
    assertThat(check("https://example.gov.cn/item/13812345678")).isEmpty();
    assertThat(check("https://example.gov.cn/?id=13812345678&x=1")).isEmpty();
    assertThat(check("file_13812345678.pdf")).isEmpty();
    assertThat(check("金额13812345678.50元")).isEmpty();
  }

  @Test
  void documentNumbersDatesAndLandlinesAreNoPersonalData() {
    assertThat(check("长府发〔2024〕12号，2024年11月16日，2024-11-16，电话0431-88000001、12345")).isEmpty();
  }

  @Test
  void aDepartmentHotlineIsNoPersonalData() {
    assertThat(check("服务热线：13812345678")).isEmpty();
    assertThat(check("投诉电话 13812345678")).isEmpty();
    assertThat(PROOFREADER.check("guide.phone", "13812345678")).isEmpty();
    assertThat(PROOFREADER.check("guide.supervisionPhone", "13812345678")).isEmpty();
    assertThat(PROOFREADER.check("guide.location", "13812345678")).hasSize(1);
  }

  @Test
  void aHotlineLabelOnAnotherLineDoesNotLetANumberPass() {
    assertThat(check("服务热线：\n13812345678")).hasSize(1);
  }
}
