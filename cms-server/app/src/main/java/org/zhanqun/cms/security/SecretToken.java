package org.zhanqun.cms.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random bearer secret (login tokens, preview links) and the SHA-256 under which it is stored:
 * the database never holds a usable secret.
 *
 * @param value 256 random bits, URL-safe Base64 without padding; shown to its holder once
 * @param hash lower-case hex SHA-256 of {@code value}
 */
public record SecretToken(String value, String hash) {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new secret. Thread-safe. */
  public static SecretToken random() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    return new SecretToken(value, hashOf(value));
  }

  /** The stored form of {@code value}. */
  public static String hashOf(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
