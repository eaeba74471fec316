package org.zhanqun.builder.build;

import java.util.Set;
import java.util.function.Function;
import org.zhanqun.builder.output.OutputFormat;
import org.zhanqun.builder.source.ItemReference;

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
 */
record PageTask(
    String path,
    String owner,
    String theme,
    OutputFormat format,
    String language,
    Function<Bodies, Object> model,
    PageInputs inputs) {

  /** Whether a change to the items of {@code changed} may change this page. */
  boolean affectedBy(Set<ItemReference> changed) {
    return inputs.affectedBy(changed);
  }
}
