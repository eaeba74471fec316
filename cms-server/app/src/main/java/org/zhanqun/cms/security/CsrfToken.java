package org.zhanqun.cms.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The anti-CSRF token of a browser session: {@code base64url(SHA-256("zhanqun-csrf:" + session
 * token))}, without padding. A request that the session cookie authenticates and that may change
 * something (any method but GET, HEAD and OPTIONS) must send it in the header {@value #HEADER}.
 *
 * <p>Why this stops cross-site request forgery: a browser attaches the cookie to a request whoever
 * made the page that sends it, but it does not let another site read the cookie or the answers of
 * this origin. The token is a synchronizer token derived from a secret the attacker cannot read:
 * the session cookie is HttpOnly (no script reads it, not even this origin's) and SameSite=Strict
 * (another site's requests do not carry it at all), and the derived token reaches only this
 * origin's own script, in the JSON answer of {@code POST} or {@code GET /auth/session}. Deriving it
 * means nothing more is stored: it lives exactly as long as the session, and the database keeps
 * only the session token's plain SHA-256, from which the derived token cannot be computed (the
 * prefix separates the two uses of the hash). It is compared in constant time ({@link
 * MessageDigest#isEqual}), so the time of a refusal tells nothing of how much of a guess was right.
 * Stateless and thread-safe.
 */
final class CsrfToken {

  /** The request header that carries the token. */
  static final String HEADER = "X-CSRF-Token";

  private static final String PREFIX = "zhanqun-csrf:";

  private CsrfToken() {}

  /** The CSRF token of the session whose token is {@code sessionToken}. */
  static String of(String sessionToken) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest(sessionToken));
  }

  /**
   * Whether {@code presented} (the header's value, null when missing) is the CSRF token of the
   * session, compared in constant time.
   */
  static boolean matches(String sessionToken, String presented) {
    if (presented == null) {
      return false;
    }
    byte[] expected = of(sessionToken).getBytes(StandardCharsets.US_ASCII);
    byte[] actual = presented.strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] digest(String sessionToken) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest((PREFIX + sessionToken).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
