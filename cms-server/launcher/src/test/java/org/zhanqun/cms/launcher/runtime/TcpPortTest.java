package org.zhanqun.cms.launcher.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TcpPortTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "8080", "65535", " 3307 "})
  void parsesEveryPortNumber(String text) {
    assertThat(TcpPort.parse(text).number()).isEqualTo(Integer.parseInt(text.strip()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "-1", "65536", "99999999999", "80.5", "0x50", "+80"})
  void rejectsWhatIsNotAPortNumberAndNamesTheValue(String text) {
    assertThatThrownBy(() -> TcpPort.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'" + text + "' is not a port number (0-65535)");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 65_536})
  void rejectsOutOfRangeNumbers(int number) {
    assertThatThrownBy(() -> new TcpPort(number)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0"})
  void zeroStandsForAnyFreePort(String text) {
    assertThat(TcpPort.parse(text).isAnyFree()).isTrue();
    assertThat(TcpPort.parse("1").isAnyFree()).isFalse();
  }
}
