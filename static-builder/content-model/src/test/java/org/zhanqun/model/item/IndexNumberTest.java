package org.zhanqun.model.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndexNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11220100MB1234567X/2024-00012",
        "013275466/2023-00008",
        "11220100MB1234567X/01/2024-00012",
        "11220100MB1234567X/2024-123"
      })
  void acceptsTheNationalFormats(String value) {
    assertThat(new IndexNumber(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "2024-00012",
        "11220100MB1234567X-2024-00012",
        "11220100mb1234567x/2024-00012",
        "11220100MB1234567X/1899-00012",
        "11220100MB1234567X/2024-12",
        "11220100MB1234567X/2024-00012 ",
        "长府/2024-00012"
      })
  void refusesAnythingElseNamingTheValue(String value) {
    assertThatThrownBy(() -> new IndexNumber(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("索引号")
        .hasMessageContaining(String.valueOf(value));
  }

  @org.junit.jupiter.api.Test
  void parsingDropsSurroundingSpacesAndExplainsLowerCase() {
    assertThat(IndexNumber.parse(" 11220100MB1234567X/2024-00012 ").value())
        .contains(new IndexNumber("11220100MB1234567X/2024-00012"));
    assertThat(IndexNumber.parse("11220100mb1234567x/2024-00012").reason())
        .hasValueSatisfying(
            reason -> assertThat(reason).contains("lower-case letters are refused"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"11220100MB1234567X/2024-00012", "11220100MB1234567X/01/2024-00012"})
  void knowsTheYearItWasGivenIn(String value) {
    assertThat(new IndexNumber(value).year()).isEqualTo(2024);
  }
}
