package org.zhanqun.cms.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void takesTheSocketsAddressWhenNoProxyIsTrusted() {
    ClientAddress client = ClientAddress.trusting("");

    assertThat(client.of("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
  }

  @Test
  void ignoresForwardedForFromAnAddressThatIsNotATrustedProxy() {
    ClientAddress client = ClientAddress.trusting("10.0.0.1");

    assertThat(client.of("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
  }

  @Test
  void takesTheAddressATrustedProxyForwarded() {
    ClientAddress client = ClientAddress.trusting("10.0.0.1");

    assertThat(client.of("10.0.0.1", "198.51.100.1")).isEqualTo("198.51.100.1");
  }

  @Test
  void takesTheRightMostAddressNotAddedByATrustedProxy() {
    ClientAddress client = ClientAddress.trusting("10.0.0.1, 10.0.0.2");

    // the client wrote 1.2.3.4 itself; 198.51.100.1 connected to the first proxy
    assertThat(client.of("10.0.0.2", "1.2.3.4, 198.51.100.1, 10.0.0.1")).isEqualTo("198.51.100.1");
  }

  @Test
  void stopsAtAnEntryThatIsNotAnAddress() {
    ClientAddress client = ClientAddress.trusting("10.0.0.1");

    assertThat(client.of("10.0.0.1", "not-an-address")).isEqualTo("10.0.0.1");
    assertThat(client.of("10.0.0.1", "999.1.1.1")).isEqualTo("10.0.0.1");
  }

  @Test
  void readsIpv6Addresses() {
    ClientAddress client = ClientAddress.trusting("::1");

    assertThat(client.of("0:0:0:0:0:0:0:1", "2001:db8::5")).isEqualTo("2001:db8:0:0:0:0:0:5");
  }

  @Test
  void refusesATrustedProxyThatIsNotAnIpAddress() {
    assertThatThrownBy(() -> ClientAddress.trusting("proxy.example.org"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zhanqun.http.trusted-proxies")
        .hasMessageContaining("proxy.example.org");
  }
}
