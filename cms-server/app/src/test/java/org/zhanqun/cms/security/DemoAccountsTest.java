package org.zhanqun.cms.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoAccountsTest {

  @Test
  void createsDemoAccountsOnAServerBoundToLoopback() {
    assertThatCode(() -> DemoAccounts.requireLoopback("127.0.0.1")).doesNotThrowAnyException();
    assertThatCode(() -> DemoAccounts.requireLoopback("::1")).doesNotThrowAnyException();
  }

  @Test
  void refusesDemoAccountsOnAServerOpenToTheNetwork() {
    assertThatThrownBy(() -> DemoAccounts.requireLoopback("0.0.0.0"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("zhanqun.http.bind-address is 0.0.0.0");
    assertThatThrownBy(() -> DemoAccounts.requireLoopback("192.168.1.20"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> DemoAccounts.requireLoopback("localhost.example.org"))
        .isInstanceOf(IllegalStateException.class);
  }
}
