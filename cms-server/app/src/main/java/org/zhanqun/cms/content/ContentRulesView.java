package org.zhanqun.cms.content;

import java.util.List;

/**
 * The content rules a client shows before it sends anything, as the server applies them: a console,
 * another channel or a script reads them here instead of keeping its own copy.
 *
 * @param guideElements every element of a service guide in the order of a printed guide
 * @param itemLimits the size limits of an item's texts
 * @param upload what an upload may be
 */
public record ContentRulesView(
    List<GuideElementView> guideElements, ItemLimitsView itemLimits, UploadView upload) {

  /**
   * One element of a service guide.
   *
   * @param field the key in the API and in content files: {@code basis}, {@code timeLimit} ...
   * @param standardName the element's name in the national standard: 设定依据 ...
   * @param required whether a guide without it is incomplete
   */
  public record GuideElementView(String field, String standardName, boolean required) {}

  /** The most characters (or entries, for lists) an item's texts may have. */
  public record ItemLimitsView(
      int title,
      int summary,
      int source,
      int tags,
      int tag,
      int keywords,
      int body,
      int fileName) {}

  /**
   * @param maxBytes the largest file the server accepts ({@code zhanqun.upload.max-bytes})
   * @param extensions the accepted file name extensions, lower-case
   */
  public record UploadView(long maxBytes, List<String> extensions) {}
}
