package org.zhanqun.cms.content;

import java.util.List;

/**
 * The content rules a client shows before it sends anything, as the server applies them: a console,
 * another channel or a script reads them here instead of keeping its own copy.
 *
 * @param guideElements every element of a service guide in the order of a printed guide
 * @param itemLimits the size limits of an item's texts
 * @param upload what an upload may be
 * @param proofreading the codes proofreading findings carry
 */
public record ContentRulesView(
    List<GuideElementView> guideElements,
    ItemLimitsView itemLimits,
    UploadView upload,
    ProofreadingView proofreading) {

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

  /**
   * @param categories every category's code, in the order reports list them: {@code serious-error},
   *     {@code official-name}, {@code outdated-name}, {@code classified-marking}, {@code
   *     personal-data}, {@code typo}
   * @param severities {@code block} (refuses submit and publication without a reason) and {@code
   *     warn}
   * @param minOverrideReason the fewest characters of a reason to let blocking findings pass
   * @param maxOverrideReason the most
   */
  public record ProofreadingView(
      List<String> categories,
      List<String> severities,
      int minOverrideReason,
      int maxOverrideReason) {}
}
