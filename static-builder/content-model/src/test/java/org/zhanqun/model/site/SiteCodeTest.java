package org.zhanqun.model.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"2201000001", "bm01000001"})
  void acceptsLocalAndStateCouncilCodes(String value) {
    assertThat(new SiteCode(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "220100001",
        "22010000011",
        "220100000A",
        "2201 00001",
        "BM01000001",
        "bm0100001"
      })
  void refusesAnythingButTenDigits(String value) {
    assertThatThrownBy(() -> new SiteCode(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("网站标识码");
  }
}
