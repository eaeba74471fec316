package org.zhanqun.builder.page;

import java.util.List;

/**
 * A service guide's elements in the standard layout. Text elements are null when absent.
 *
 * @param materials never null
 * @param process the steps in order, never null
 * @param statutoryDays 法定时限 in working days, null when not given; likewise {@code promisedDays}
 * @param forms the downloadable forms, each linking to its form page, never null
 * @param missing the keys of required elements the guide lacks (incomplete guide), never null
 */
public record GuideView(
    String itemCode,
    String itemType,
    String basis,
    String conditions,
    List<MaterialView> materials,
    List<String> process,
    Integer statutoryDays,
    Integer promisedDays,
    String fees,
    String location,
    String hours,
    String department,
    String phone,
    String supervisionPhone,
    String onlineUrl,
    List<Link> forms,
    List<String> missing) {

  /**
   * 申请材料.
   *
   * @param form the form page to fill in for it, null when none
   * @param copies null when not given; likewise {@code original} and {@code required}
   */
  public record MaterialView(
      String name, Link form, Integer copies, Boolean original, Boolean required) {}
}
