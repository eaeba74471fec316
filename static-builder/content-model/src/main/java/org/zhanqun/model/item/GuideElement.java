package org.zhanqun.model.item;

import java.util.Arrays;
import java.util.List;

/**
 * The standard elements of a service guide (办事指南) in the order of a printed guide, with the ones
 * the national indicators require. This is the one list every door, page and check uses; the
 * completeness rule is {@link GuidePart#missingElements()}.
 */
public enum GuideElement {
  ITEM_CODE("itemCode", "事项编码", false),
  ITEM_TYPE("itemType", "事项类型", false),
  BASIS("basis", "设定依据", true),
  CONDITIONS("conditions", "受理条件", true),
  MATERIALS("materials", "申请材料", true),
  PROCESS("process", "办理流程", true),
  TIME_LIMIT("timeLimit", "办理时限", true),
  FEES("fees", "收费标准", true),
  LOCATION("location", "办理地点", true),
  HOURS("hours", "办理时间", true),
  DEPARTMENT("department", "办理机构", true),
  PHONE("phone", "咨询电话", true),
  SUPERVISION_PHONE("supervisionPhone", "监督电话", true),
  ONLINE_URL("onlineUrl", "网上办理", false),
  FORMS("forms", "表格下载", false);

  private final String field;
  private final String standardName;
  private final boolean required;

  GuideElement(String field, String standardName, boolean required) {
    this.field = field;
    this.standardName = standardName;
    this.required = required;
  }

  /** The key in files and the field in the API: {@code basis}, {@code timeLimit} ... */
  public String field() {
    return field;
  }

  /** The element's name in the standard: 设定依据 ... */
  public String standardName() {
    return standardName;
  }

  public boolean required() {
    return required;
  }

  /** The required elements, in order. */
  public static List<GuideElement> requiredElements() {
    return Arrays.stream(values()).filter(GuideElement::required).toList();
  }

  /** Every field, in order: the keys a guide part may have. */
  public static List<String> fields() {
    return Arrays.stream(values()).map(GuideElement::field).toList();
  }
}
