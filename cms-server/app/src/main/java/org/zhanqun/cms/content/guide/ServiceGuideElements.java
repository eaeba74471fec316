package org.zhanqun.cms.content.guide;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The standard elements of a service guide, as sent and stored. Any may be missing while the guide
 * is written; {@link GuideCompleteness} names the required ones that are.
 *
 * @param itemCode 事项编码
 * @param itemType 事项类型 (administrative licence, public service ...)
 * @param basis 设定依据
 * @param conditions 受理条件
 * @param materials 申请材料
 * @param process 办理流程, ordered steps
 * @param timeLimit 办理时限
 * @param fees 收费标准 (may be "免费")
 * @param location 办理地点
 * @param hours 办理时间
 * @param department 办理机构
 * @param phone 咨询电话
 * @param supervisionPhone 监督电话
 * @param onlineUrl 网上办理 link
 * @param forms the downloadable forms, as ids of form items
 */
public record ServiceGuideElements(
    String itemCode,
    String itemType,
    String basis,
    String conditions,
    List<Material> materials,
    List<String> process,
    TimeLimit timeLimit,
    String fees,
    String location,
    String hours,
    String department,
    String phone,
    String supervisionPhone,
    String onlineUrl,
    List<Long> forms) {

  /** Every form the guide offers, as a form or as a material's form, each once, in that order. */
  public List<Long> formIds() {
    Set<Long> ids = new LinkedHashSet<>();
    if (forms != null) {
      ids.addAll(forms);
    }
    if (materials != null) {
      materials.stream().map(Material::form).filter(Objects::nonNull).forEach(ids::add);
    }
    return List.copyOf(ids);
  }

  /** One application material (申请材料). */
  public record Material(
      String name, Long form, Integer copies, Boolean original, Boolean required) {}

  /** 办理时限 in working days: statutory and promised. */
  public record TimeLimit(Integer statutoryDays, Integer promisedDays) {}
}
