package org.zhanqun.cms.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteCodeTest {

  @Test
  void acceptsTenDigits() {
    assertThat(new SiteCode("2201000001").value()).isEqualTo("2201000001");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "220100001", "22010000011", "220100000A", "2201 00001"})
  void refusesAnythingButTenDigits(String value) {
    assertThatThrownBy(() -> new SiteCode(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("网站标识码");
  }
}
