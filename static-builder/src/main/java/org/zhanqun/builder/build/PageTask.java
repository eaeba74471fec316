package org.zhanqun.builder.build;

import java.util.function.Function;
import org.zhanqun.builder.output.OutputFormat;

/**
 * One file to render: where it goes, whose it is, and how to make its model.
 *
 * @param path relative to the output folder
 * @param owner the site the file belongs to; empty for cluster-wide files
 * @param theme whose templates render it
 * @param language for the templates' UI strings
 * @param model the page model, given the bodies to embed; called once with {@link
 *     Bodies#PLACEHOLDERS} to fingerprint the page and again to render it when it changed
 */
record PageTask(
    String path,
    String owner,
    String theme,
    OutputFormat format,
    String language,
    Function<Bodies, Object> model) {}
