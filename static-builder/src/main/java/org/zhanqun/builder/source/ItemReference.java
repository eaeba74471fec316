package org.zhanqun.builder.source;

/**
 * A reference from one item to another's translation group, written {@code <site>/<translationKey>}
 * in files.
 */
public record ItemReference(String site, String translationKey) {

  @Override
  public String toString() {
    return site + "/" + translationKey;
  }
}
