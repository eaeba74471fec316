package org.zhanqun.model.item;

import java.net.URI;
import java.net.URISyntaxException;
import org.zhanqun.model.Parsed;

/**
 * A web address a reader can open: an absolute {@code http://} or {@code https://} URI with a host.
 */
public record HttpUrl(String value) {

  /**
   * @throws IllegalArgumentException with {@link #parse}'s reason when {@code value} is not one
   */
  public HttpUrl {
    if (!isHttpUrl(value)) {
      throw new IllegalArgumentException(reason(value));
    }
  }

  /** The address {@code text} gives (surrounding spaces dropped), or why it is not one. */
  public static Parsed<HttpUrl> parse(String text) {
    String stripped = text == null ? null : text.strip();
    return isHttpUrl(stripped)
        ? Parsed.of(new HttpUrl(stripped))
        : Parsed.refused(reason(stripped));
  }

  private static boolean isHttpUrl(String text) {
    if (text == null) {
      return false;
    }
    try {
      URI uri = new URI(text);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String reason(String text) {
    return "'" + (text == null ? "" : text) + "' is not an http:// or https:// URL";
  }

  @Override
  public String toString() {
    return value;
  }
}
