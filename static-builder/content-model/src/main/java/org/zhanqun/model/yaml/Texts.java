package org.zhanqun.model.yaml;

/** Length limits of texts, counted in characters (Unicode code points) as the format doc counts. */
public final class Texts {

  private Texts() {}

  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /** Whether {@code text} has at most {@code max} characters; reports a problem if not. */
  public static boolean fits(YamlMap map, String key, String text, int max) {
    int length = length(text);
    if (length > max) {
      map.problem(key, "at most " + max + " characters, found " + length);
      return false;
    }
    return true;
  }
}
