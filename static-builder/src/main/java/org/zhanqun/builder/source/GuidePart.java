package org.zhanqun.builder.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A service guide's (办事指南) standard elements. Any may be absent (null, or an empty list): a guide
 * that lacks a required one is incomplete, see {@link #missingElements()}.
 */
public record GuidePart(
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
    List<ItemReference> forms) {

  public GuidePart {
    materials = List.copyOf(materials);
    process = List.copyOf(process);
    forms = List.copyOf(forms);
  }

  /** 申请材料: one document to hand in. */
  public record Material(
      String name, ItemReference form, Integer copies, Boolean original, Boolean required) {}

  /** 办理时限 in working days. */
  public record TimeLimit(Integer statutoryDays, Integer promisedDays) {}

  /** The keys of the required elements this guide lacks, in the order of the standard layout. */
  public List<String> missingElements() {
    List<String> missing = new ArrayList<>();
    if (isBlank(basis)) missing.add("basis");
    if (isBlank(conditions)) missing.add("conditions");
    if (materials.isEmpty()) missing.add("materials");
    if (process.isEmpty()) missing.add("process");
    if (timeLimit == null) missing.add("timeLimit");
    if (isBlank(fees)) missing.add("fees");
    if (isBlank(location)) missing.add("location");
    if (isBlank(hours)) missing.add("hours");
    if (isBlank(department)) missing.add("department");
    if (isBlank(phone)) missing.add("phone");
    if (isBlank(supervisionPhone)) missing.add("supervisionPhone");
    return missing;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
