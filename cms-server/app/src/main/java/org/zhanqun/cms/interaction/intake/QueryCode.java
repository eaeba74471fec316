package org.zhanqun.cms.interaction.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code a citizen gets for a submission and later reads its status with (查询码): 20 characters of
 * Crockford's base32 (digits and letters without I, L, O, U), 100 bits from {@link SecureRandom},
 * shown in groups {@code XXXX-XXXX-XXXX-XXXX-XXXX}. Accepted with or without dashes and spaces, in
 * any case, with {@code O} read as 0 and {@code I}/{@code L} as 1 (Crockford's rule for misread
 * characters). Only {@link #hash()} is stored, so a database leak gives no working code.
 *
 * @param value the 20 canonical characters, upper case, no dashes
 */
public record QueryCode(String value) {

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int LENGTH = 20;
  private static final Pattern CANONICAL = Pattern.compile("[0-9A-HJKMNP-TV-Z]{20}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public QueryCode {
    if (value == null || !CANONICAL.matcher(value).matches()) {
      throw new IllegalArgumentException("not a canonical query code");
    }
  }

  /** A new random code. */
  public static QueryCode random() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new QueryCode(code.toString());
  }

  /** The code a citizen typed, or empty when it cannot be one (the caller answers "unknown"). */
  public static Optional<QueryCode> parse(String typed) {
    if (typed == null || typed.length() > 64) {
      return Optional.empty();
    }
    String canonical =
        typed
            .replaceAll("[\\s-]", "")
            .toUpperCase(Locale.ROOT)
            .replace('O', '0')
            .replace('I', '1')
            .replace('L', '1');
    return CANONICAL.matcher(canonical).matches()
        ? Optional.of(new QueryCode(canonical))
        : Optional.empty();
  }

  /** As shown to the citizen: {@code XXXX-XXXX-XXXX-XXXX-XXXX}. */
  public String grouped() {
    StringBuilder shown = new StringBuilder(LENGTH + 4);
    for (int i = 0; i < LENGTH; i += 4) {
      if (i > 0) {
        shown.append('-');
      }
      shown.append(value, i, i + 4);
    }
    return shown.toString();
  }

  /** What is stored and looked up: the lower-case hex SHA-256 of the canonical code. */
  public String hash() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(value.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Never the code itself: a code in a log line would work for whoever reads the log. */
  @Override
  public String toString() {
    return "QueryCode[****]";
  }
}
