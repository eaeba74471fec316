package org.zhanqun.cms.launcher.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListenAddressTest {

  @Test
  void loopbackIsReachedAndShownAsLocalhost() {
    ListenAddress loopback = ListenAddress.parse("127.0.0.1");

    assertThat(loopback.literal()).isEqualTo("127.0.0.1");
    assertThat(loopback.probeHost()).isEqualTo("127.0.0.1");
    assertThat(loopback.displayHost()).isEqualTo("localhost");
  }

  @Test
  void everyAddressIsProbedThroughLoopback() {
    ListenAddress everyAddress = ListenAddress.parse("0.0.0.0");

    assertThat(everyAddress.probeHost()).isEqualTo("127.0.0.1");
    assertThat(everyAddress.displayHost()).isEqualTo("localhost");
  }

  @Test
  void aSpecificAddressIsProbedAndShownAsItIs() {
    assertThat(ListenAddress.parse("10.1.2.3").probeHost()).isEqualTo("10.1.2.3");
    assertThat(ListenAddress.parse("10.1.2.3").displayHost()).isEqualTo("10.1.2.3");
    assertThat(ListenAddress.parse("fd00::1").probeHost()).isEqualTo("[fd00:0:0:0:0:0:0:1]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "example.org", "", "1.2.3", "300.1.1.1", "::g"})
  void rejectsHostNamesAndMalformedAddresses(String text) {
    assertThatThrownBy(() -> ListenAddress.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'" + text + "' is not an IP address");
  }
}
