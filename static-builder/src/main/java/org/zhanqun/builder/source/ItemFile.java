package org.zhanqun.builder.source;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.zhanqun.model.site.Column;

/**
 * An item file found by the walk, with what its place in the content folder says about it.
 *
 * @param location the file on disk
 * @param file relative to the content folder, with {@code /} separators
 * @param site the site's id
 * @param column the column whose folder holds the file
 * @param siteLanguages the site's languages; empty when not known
 * @param zone in which dates without an offset are read
 */
record ItemFile(
    Path location,
    String file,
    String site,
    Column column,
    List<String> siteLanguages,
    ZoneId zone) {}
