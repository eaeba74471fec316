package org.zhanqun.model.item;

import org.zhanqun.model.site.ContentType;

/**
 * The file a form item (表格下载) offers.
 *
 * @param <F> how the file is held: a stored file's id in the server, a {@link FormFile} in content
 *     files
 * @param file never null
 */
public record FormPart<F>(F file) implements ItemPart {

  @Override
  public ContentType type() {
    return ContentType.FORM;
  }
}
