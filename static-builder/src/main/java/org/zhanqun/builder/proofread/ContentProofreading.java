package org.zhanqun.builder.proofread;

import java.util.Comparator;
import java.util.List;
import org.zhanqun.model.item.Item;
import org.zhanqun.proofreading.Proofreader;

/** Proofreads the items of a content folder. Thread-safe. */
public final class ContentProofreading {

  private final Proofreader proofreader;

  public ContentProofreading(Proofreader proofreader) {
    this.proofreader = proofreader;
  }

  /**
   * The findings in {@code items}, sorted by site, then item file, then as the proofreader gives
   * them within an item (field by field, each field's in the order they occur). Items are read in
   * parallel.
   */
  public List<ItemFinding> check(List<Item> items) {
    return items.stream()
        .sorted(Comparator.comparing(Item::site).thenComparing(Item::file))
        .toList()
        .parallelStream()
        .flatMap(
            item ->
                proofreader.check(item).stream()
                    .map(finding -> new ItemFinding(item.site(), item.file(), finding)))
        .toList();
  }
}
