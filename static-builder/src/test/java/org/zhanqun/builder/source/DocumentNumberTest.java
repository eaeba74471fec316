package org.zhanqun.builder.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 文号 (docs/content-format.md, Rules the server enforces). */
class DocumentNumberTest {

  @ParameterizedTest
  @CsvSource({
    "长府发〔2024〕3号, 长府发〔2024〕3号",
    "长府发[2024]3号, 长府发〔2024〕3号",
    "长府发【2024】3号, 长府发〔2024〕3号",
    "长府发(2024)3号, 长府发〔2024〕3号",
    "长府发（2024）3号, 长府发〔2024〕3号",
    "' 吉政办函〔2023〕125号 ', 吉政办函〔2023〕125号"
  })
  void normalisesLookAlikeBracketsAroundTheYear(String written, String normalised) {
    assertThat(ItemPartReader.normalisedDocNo(written)).contains(normalised);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "政府令第12号",
        "长府发{2024}3号",
        "长府发〔24〕3号",
        "长府发〔2024〕123456号",
        "A发〔2024〕3号",
        "长府发〔2024】3号"
      })
  void refusesNumbersWithoutABracketedYear(String written) {
    assertThat(ItemPartReader.normalisedDocNo(written)).isEmpty();
  }
}
