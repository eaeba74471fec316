package org.zhanqun.model.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 文号: the same rule for the API, content files, import and the audit. */
class DocumentNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "长府发〔2024〕3号",
        "长府发[2024]3号",
        "长府发【2024】3号",
        "长府发(2024)3号",
        "长府发（2024）3号",
        "长府发﹝2024﹞3号",
        "长府发［2024］3号",
        " 长府发〔2024〕3号 "
      })
  void normalisesLookAlikeBracketsToHexagonalOnes(String value) {
    assertThat(new DocumentNumber(value).value()).isEqualTo("长府发〔2024〕3号");
  }

  @ParameterizedTest
  @ValueSource(strings = {"国办发〔2019〕19号", "吉政办函〔2023〕125号", "长发改规〔2025〕1号"})
  void acceptsIssuerCodesOfSeveralCharacters(String value) {
    assertThat(DocumentNumber.parse(value).value()).map(DocumentNumber::value).contains(value);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "3号",
        "长府发〔24〕3号",
        "长府发〔2024〕号",
        "长府发〔2024〕3",
        "〔2024〕3号",
        "令第98号",
        "长府发{2024}3号",
        "长府发〔2024〕123456号",
        "A发〔2024〕3号",
        "长府发〔2024】3号"
      })
  void refusesNumbersWithoutIssuerYearOrSerial(String value) {
    assertThatThrownBy(() -> new DocumentNumber(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("文号");
    assertThat(DocumentNumber.parse(value).reason())
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .startsWith("'" + (value == null ? "" : value.strip()) + "' is not a 文号")
                    .contains("长春市人民政府令第98号"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"长府发〔2024〕3号", "长府发[2024]3号"})
  void knowsItsYear(String value) {
    assertThat(new DocumentNumber(value).year()).hasValue(2024);
  }

  @ParameterizedTest
  @ValueSource(strings = {"长春市人民政府令第98号", "吉林省人民政府令第301号", "国务院令第12号"})
  void acceptsGovernmentOrderNumbersWhichHaveNoYear(String value) {
    assertThat(new DocumentNumber(value).value()).isEqualTo(value);
    assertThat(new DocumentNumber(value).year()).isEmpty();
  }
}
