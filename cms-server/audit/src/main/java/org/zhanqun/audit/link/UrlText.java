package org.zhanqun.audit.link;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/** URL text as pages write it: lenient parsing, resolving, percent-decoding. */
final class UrlText {

  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
  private static final String ALLOWED_ASCII =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlText() {}

  /** The scheme of {@code href}, lower case, if it names one ({@code mailto}, {@code https}). */
  static Optional<String> scheme(String href) {
    var matcher = SCHEME.matcher(href);
    return matcher.find()
        ? Optional.of(matcher.group(1).toLowerCase(java.util.Locale.ROOT))
        : Optional.empty();
  }

  /**
   * {@code href} resolved against {@code base} the way browsers do it for the cases pages use:
   * surrounding whitespace dropped, tabs and line breaks removed, non-ASCII and other characters a
   * URI may not carry percent-encoded (existing escapes kept, {@code +} kept).
   */
  static URI resolve(URI base, String href) throws URISyntaxException {
    String text = clean(href);
    if (text.isEmpty() || text.startsWith("#") || text.startsWith("?")) {
      // java.net.URI resolves "" and "?q" against the base's folder (RFC 2396); browsers keep the
      // document (RFC 3986)
      String document =
          base.getScheme() + "://" + base.getRawAuthority() + nullToEmpty(base.getRawPath());
      String query =
          text.startsWith("#") && base.getRawQuery() != null ? "?" + base.getRawQuery() : "";
      return new URI(document + query + encode(text));
    }
    return base.resolve(new URI(encode(text)));
  }

  /** The URL without its fragment. */
  static URI withoutFragment(URI url) {
    if (url.getRawFragment() == null) {
      return url;
    }
    String text = url.toString();
    return URI.create(text.substring(0, text.indexOf('#')));
  }

  /**
   * Decodes {@code %XX} escapes as UTF-8; {@code +} stays {@code +} (it means a space only in form
   * data, not in paths). Malformed escapes are kept as written.
   */
  static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && isHex(raw, i + 1) && isHex(raw, i + 2)) {
        bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** "5 s", "300 ms", as failure details say it. */
  static String duration(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static String clean(String href) {
    String trimmed = href.strip();
    return trimmed.indexOf('\t') < 0 && trimmed.indexOf('\n') < 0 && trimmed.indexOf('\r') < 0
        ? trimmed
        : trimmed.replaceAll("[\t\n\r]", "");
  }

  private static String encode(String text) {
    StringBuilder out = null;
    boolean seenHash = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean keep =
          (c < 128 && ALLOWED_ASCII.indexOf(c) >= 0 && !(c == '#' && seenHash))
              || (c == '%' && isHex(text, i + 1) && isHex(text, i + 2));
      seenHash |= c == '#';
      if (keep && out == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (keep) {
        out.append(c);
        continue;
      }
      int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
      for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
      i = end - 1;
    }
    return out == null ? text : out.toString();
  }

  private static boolean isHex(String text, int index) {
    return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
