package org.zhanqun.builder.build;

import java.util.Optional;
import org.zhanqun.model.item.Item;

/**
 * Something a build left out so that everything else could publish: an item whose page would take a
 * file another output has (a slug {@code index}, two live items with one slug) or fails to render,
 * or a site whose theme does not exist or whose own pages fail. A left-out item is built as if it
 * were not live; a left-out site keeps what was published of it before.
 *
 * @param site the site concerned
 * @param item the item left out; empty when the whole site is
 * @param reason what is wrong, naming the file or setting and the output concerned
 */
public record BuildProblem(String site, Optional<Item> item, String reason) {

  static BuildProblem ofItem(Item item, String reason) {
    return new BuildProblem(item.site(), Optional.of(item), item.file() + ": " + reason);
  }

  static BuildProblem ofSite(String site, String reason) {
    return new BuildProblem(site, Optional.empty(), reason);
  }

  /** One line for a log: the reason, and whether an item or the site was left out. */
  @Override
  public String toString() {
    return (item.isPresent() ? "item left out: " : "site " + site + " left out: ") + reason;
  }
}
