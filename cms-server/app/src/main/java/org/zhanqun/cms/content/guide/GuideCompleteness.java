package org.zhanqun.cms.content.guide;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Which required standard elements a service guide lacks. An element is missing when it is absent,
 * blank or an empty list. The order is the order of a printed guide.
 */
public final class GuideCompleteness {

  /** A required element: its field name and its name in the standard. */
  public record Element(String field, String name, Function<ServiceGuideElements, Object> value) {}

  public static final List<Element> REQUIRED =
      List.of(
          new Element("basis", "设定依据", ServiceGuideElements::basis),
          new Element("conditions", "受理条件", ServiceGuideElements::conditions),
          new Element("materials", "申请材料", ServiceGuideElements::materials),
          new Element("process", "办理流程", ServiceGuideElements::process),
          new Element("timeLimit", "办理时限", ServiceGuideElements::timeLimit),
          new Element("fees", "收费标准", ServiceGuideElements::fees),
          new Element("location", "办理地点", ServiceGuideElements::location),
          new Element("hours", "办理时间", ServiceGuideElements::hours),
          new Element("department", "办理机构", ServiceGuideElements::department),
          new Element("phone", "咨询电话", ServiceGuideElements::phone),
          new Element("supervisionPhone", "监督电话", ServiceGuideElements::supervisionPhone));

  private GuideCompleteness() {}

  /** The required elements {@code guide} lacks, in order; all of them for a null guide. */
  public static List<Element> missing(ServiceGuideElements guide) {
    List<Element> missing = new ArrayList<>();
    for (Element element : REQUIRED) {
      if (guide == null || isBlank(element.value().apply(guide))) {
        missing.add(element);
      }
    }
    return missing;
  }

  private static boolean isBlank(Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof String text) {
      return text.isBlank();
    }
    if (value instanceof Collection<?> list) {
      return list.isEmpty();
    }
    if (value instanceof ServiceGuideElements.TimeLimit limit) {
      return limit.statutoryDays() == null && limit.promisedDays() == null;
    }
    return false;
  }
}
