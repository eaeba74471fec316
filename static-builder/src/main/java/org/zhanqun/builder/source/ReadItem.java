package org.zhanqun.builder.source;

import java.util.List;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.yaml.ContentProblem;

/**
 * One item file as read, before the checks across files: what those checks need, the problems of
 * the file itself and, when there are none, the {@link Item}. A field that could not be read is
 * null.
 *
 * @param translationKeyLine the line of {@code translationKey}, 0 when it defaults to the slug
 * @param references what the item refers to, to be resolved once every file is read
 * @param item null when the file has problems
 */
record ReadItem(
    String file,
    String site,
    String slug,
    String language,
    String translationKey,
    int translationKeyLine,
    ContentType type,
    boolean draft,
    String indexNo,
    int indexNoLine,
    List<Reference> references,
    Item item,
    List<ContentProblem> problems) {

  /**
   * A reference to another item's translation group, which must resolve to an item of {@code
   * expected}.
   *
   * @param key the key that holds it, for the message
   */
  record Reference(ItemReference target, ContentType expected, String key, int line) {}
}
