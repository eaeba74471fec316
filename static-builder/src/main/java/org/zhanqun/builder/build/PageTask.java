package org.zhanqun.builder.build;

import java.util.Set;
import java.util.function.Function;
import org.zhanqun.builder.output.OutputFormat;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.Site;

/**
 * One file to render: where it goes, whose it is, and how to make its model.
 *
 * @param path relative to the output folder
 * @param owner the site the file belongs to; empty for cluster-wide files
 * @param theme whose templates render it
 * @param language for the templates' UI strings
 * @param model the page model, given the bodies to embed; called once with {@link
 *     Bodies#PLACEHOLDERS} to fingerprint the page and again to render it when it changed
 * @param inputs what the model reads: a run told which items changed fingerprints only the pages
 *     they may affect
 * @param item the item whose page it is; null for every other file
 * @param column the column whose list page it is; null for every other file
 */
record PageTask(
    String path,
    String owner,
    String theme,
    OutputFormat format,
    String language,
    Function<Bodies, Object> model,
    PageInputs inputs,
    Item item,
    Column column) {

  /** A file that is neither an item's page nor a column's list page. */
  PageTask(
      String path,
      String owner,
      String theme,
      OutputFormat format,
      String language,
      Function<Bodies, Object> model,
      PageInputs inputs) {
    this(path, owner, theme, format, language, model, inputs, null, null);
  }

  /** A file of {@code site}: neither an item's page nor a column's list page. */
  static PageTask of(
      Site site,
      String path,
      OutputFormat format,
      String language,
      Function<Bodies, Object> model,
      PageInputs inputs) {
    return new PageTask(path, site.id(), site.theme(), format, language, model, inputs);
  }

  /** An HTML page of {@code site}, rendered with the first of {@code layouts} the theme has. */
  static PageTask html(
      Site site,
      String path,
      String language,
      Function<Bodies, Object> model,
      PageInputs inputs,
      String... layouts) {
    return of(site, path, OutputFormat.html(layouts), language, model, inputs);
  }

  /** What writes the file, for a report: an item's page, a column's list or the site's own. */
  String describe() {
    if (item != null) {
      return "the page of " + item.file();
    }
    if (column != null) {
      return "the list of column " + owner + "/" + column.path();
    }
    return owner.isEmpty() ? "the cluster's own " + path : "site " + owner + "'s own " + path;
  }

  /** Whether a change to the items of {@code changed} may change this page. */
  boolean affectedBy(Set<ItemReference> changed) {
    return inputs.affectedBy(changed);
  }
}
