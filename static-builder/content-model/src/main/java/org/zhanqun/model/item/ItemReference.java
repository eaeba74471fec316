package org.zhanqun.model.item;

import org.zhanqun.model.Parsed;
import org.zhanqun.model.site.SiteId;

/**
 * A reference from one item to another's translation group, written {@code <site>/<translationKey>}
 * in files.
 */
public record ItemReference(String site, String translationKey) {

  /** The reference {@code text} writes (surrounding spaces dropped), or why it is not one. */
  public static Parsed<ItemReference> parse(String text) {
    String stripped = text == null ? "" : text.strip();
    int slash = stripped.indexOf('/');
    if (slash > 0
        && SiteId.parse(stripped.substring(0, slash)).isValid()
        && Slug.parse(stripped.substring(slash + 1)).isValid()) {
      return Parsed.of(
          new ItemReference(stripped.substring(0, slash), stripped.substring(slash + 1)));
    }
    return Parsed.refused(
        "'"
            + stripped
            + "' is not a reference <site>/<translationKey>, e.g. fgw/private-economy-measures");
  }

  @Override
  public String toString() {
    return site + "/" + translationKey;
  }
}
