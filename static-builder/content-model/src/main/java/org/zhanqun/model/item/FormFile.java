package org.zhanqun.model.item;

import java.nio.file.Path;

/**
 * A form's file in content files: what the reader found beside the item.
 *
 * @param file the file, relative to the site's column folder: {@code files/<name>}
 * @param location the file on disk, to copy
 * @param format the upper-case extension shown to readers: {@code PDF}, {@code DOCX} ...
 * @param mediaType e.g. {@code application/pdf}
 * @param size in bytes
 * @param sha256 lower-case hex
 */
public record FormFile(
    String file, Path location, String format, String mediaType, long size, String sha256) {

  /** The file's name without its folder. */
  public String fileName() {
    return file.substring(file.lastIndexOf('/') + 1);
  }
}
