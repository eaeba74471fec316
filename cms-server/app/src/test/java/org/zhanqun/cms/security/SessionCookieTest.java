package org.zhanqun.cms.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionCookieTest {

  private static final ClientAddress PROXY = ClientAddress.trusting("10.0.0.1");

  @Test
  void setsTheTokenForTheApplicationsPathHttpOnlyAndSameSiteStrict() {
    assertThat(SessionCookie.header("abc", "/zhanqun-cms/", 3600, false))
        .isEqualTo(
            "zhanqun_session=abc; Path=/zhanqun-cms/; Max-Age=3600; HttpOnly; SameSite=Strict");
  }

  @Test
  void addsSecureForHttps() {
    assertThat(SessionCookie.header("abc", "/", 10, true))
        .isEqualTo("zhanqun_session=abc; Path=/; Max-Age=10; HttpOnly; SameSite=Strict; Secure");
  }

  @Test
  void takesARequestBySecureSocketAsHttps() {
    assertThat(SessionCookie.isHttps(true, "203.0.113.7", null, PROXY)).isTrue();
    assertThat(SessionCookie.isHttps(false, "203.0.113.7", null, PROXY)).isFalse();
  }

  @Test
  void believesForwardedProtoOnlyFromATrustedProxy() {
    assertThat(SessionCookie.isHttps(false, "10.0.0.1", "https", PROXY)).isTrue();
    assertThat(SessionCookie.isHttps(false, "10.0.0.1", "HTTPS", PROXY)).isTrue();
    assertThat(SessionCookie.isHttps(false, "10.0.0.1", "http", PROXY)).isFalse();
    assertThat(SessionCookie.isHttps(false, "203.0.113.7", "https", PROXY)).isFalse();
    assertThat(SessionCookie.isHttps(false, "10.0.0.1", "https", ClientAddress.trusting("")))
        .isFalse();
  }

  @Test
  void takesTheProtocolTheNearestProxyAppended() {
    assertThat(SessionCookie.isHttps(false, "10.0.0.1", "http, https", PROXY)).isTrue();
    assertThat(SessionCookie.isHttps(false, "10.0.0.1", "https, http", PROXY)).isFalse();
  }
}
