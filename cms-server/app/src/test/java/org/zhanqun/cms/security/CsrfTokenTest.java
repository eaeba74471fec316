package org.zhanqun.cms.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CsrfTokenTest {

  private static final String SESSION = SecretToken.random().value();

  @Test
  void isTheUrlSafeBase64OfTheSha256OfThePrefixedSessionToken() throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(("zhanqun-csrf:" + SESSION).getBytes(StandardCharsets.UTF_8));

    assertThat(CsrfToken.of(SESSION))
        .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(digest))
        .matches("[A-Za-z0-9_-]{43}");
  }

  @Test
  void isNeitherTheSessionTokenNorTheHashTheDatabaseStores() {
    assertThat(CsrfToken.of(SESSION))
        .isNotEqualTo(SESSION)
        .isNotEqualTo(SecretToken.hashOf(SESSION))
        .isEqualTo(CsrfToken.of(SESSION));
  }

  @Test
  void differsFromSessionToSession() {
    assertThat(CsrfToken.of(SESSION)).isNotEqualTo(CsrfToken.of(SecretToken.random().value()));
  }

  @Test
  void acceptsOnlyTheTokenOfTheSameSession() {
    String token = CsrfToken.of(SESSION);

    assertThat(CsrfToken.matches(SESSION, token)).isTrue();
    assertThat(CsrfToken.matches(SESSION, " " + token + " ")).isTrue();
    assertThat(CsrfToken.matches(SESSION, null)).isFalse();
    assertThat(CsrfToken.matches(SESSION, "")).isFalse();
    assertThat(CsrfToken.matches(SESSION, SESSION)).isFalse();
    assertThat(CsrfToken.matches(SESSION, token.substring(1))).isFalse();
    assertThat(CsrfToken.matches(SESSION, token + "x")).isFalse();
    assertThat(CsrfToken.matches(SESSION, CsrfToken.of(SecretToken.random().value()))).isFalse();
    assertThat(CsrfToken.matches(SESSION, "中文" + token)).isFalse();
  }
}
