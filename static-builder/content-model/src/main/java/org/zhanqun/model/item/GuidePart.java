package org.zhanqun.model.item;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.zhanqun.model.site.ContentType;

/**
 * A service guide's (办事指南) standard elements ({@link GuideElement}). Any may be absent (null, or an
 * empty list) while the guide is written; {@link #missingElements()} names the required ones it
 * lacks.
 *
 * @param <R> how a form is referred to: an item id in the server, a {@code <site>/<translationKey>}
 *     reference in content files
 * @param materials never null
 * @param process never null; ordered steps
 * @param forms never null; the downloadable forms the guide offers besides its materials' forms
 */
public record GuidePart<R>(
    String itemCode,
    String itemType,
    String basis,
    String conditions,
    List<Material<R>> materials,
    List<String> process,
    TimeLimit timeLimit,
    String fees,
    String location,
    String hours,
    String department,
    String phone,
    String supervisionPhone,
    String onlineUrl,
    List<R> forms)
    implements ItemPart {

  /**
   * Texts are kept stripped and a time limit without a number as none, as every door reads them.
   */
  public GuidePart {
    itemCode = strip(itemCode);
    itemType = strip(itemType);
    basis = strip(basis);
    conditions = strip(conditions);
    fees = strip(fees);
    location = strip(location);
    hours = strip(hours);
    department = strip(department);
    phone = strip(phone);
    supervisionPhone = strip(supervisionPhone);
    onlineUrl = strip(onlineUrl);
    timeLimit = timeLimit == null || timeLimit.isEmpty() ? null : timeLimit;
    materials = materials == null ? List.of() : List.copyOf(materials);
    process = process == null ? List.of() : List.copyOf(process);
    forms = forms == null ? List.of() : List.copyOf(forms);
  }

  /**
   * 申请材料: one document to hand in.
   *
   * @param form the form to fill in for it, may be null
   */
  public record Material<R>(
      String name, R form, Integer copies, Boolean original, Boolean required) {

    public Material {
      name = strip(name);
    }
  }

  /** 办理时限 in working days; a limit with neither number is no limit at all. */
  public record TimeLimit(Integer statutoryDays, Integer promisedDays) {

    public boolean isEmpty() {
      return statutoryDays == null && promisedDays == null;
    }
  }

  @Override
  public ContentType type() {
    return ContentType.GUIDE;
  }

  /**
   * This guide with its form references turned into another kind (ids into {@code <site>/<key>}
   * references on export, the reverse on import). {@code reference} gets each reference and its
   * field ({@code guide.forms[0]}, {@code guide.materials[2].form}); a reference it maps to null is
   * dropped from {@code forms} and left empty on its material, and {@code forms} keeps each once.
   */
  public <S> GuidePart<S> withReferences(BiFunction<? super R, String, ? extends S> reference) {
    List<Material<S>> mappedMaterials = new ArrayList<>(materials.size());
    for (int i = 0; i < materials.size(); i++) {
      Material<R> m = materials.get(i);
      S form =
          m.form() == null ? null : reference.apply(m.form(), "guide.materials[" + i + "].form");
      mappedMaterials.add(new Material<>(m.name(), form, m.copies(), m.original(), m.required()));
    }
    Set<S> mappedForms = new LinkedHashSet<>();
    for (int i = 0; i < forms.size(); i++) {
      S form = reference.apply(forms.get(i), "guide.forms[" + i + "]");
      if (form != null) {
        mappedForms.add(form);
      }
    }
    return new GuidePart<>(
        itemCode,
        itemType,
        basis,
        conditions,
        mappedMaterials,
        process,
        timeLimit,
        fees,
        location,
        hours,
        department,
        phone,
        supervisionPhone,
        onlineUrl,
        List.copyOf(mappedForms));
  }

  /** Every form the guide offers, as a form or as a material's form, each once, in that order. */
  public List<R> allForms() {
    Set<R> all = new LinkedHashSet<>(forms);
    materials.stream().map(Material::form).filter(Objects::nonNull).forEach(all::add);
    return List.copyOf(all);
  }

  /**
   * The required elements this guide lacks, in the order of the standard layout. An element is
   * missing when it is absent, blank, an empty list or a time limit without a number.
   */
  public List<GuideElement> missingElements() {
    List<GuideElement> missing = new ArrayList<>();
    for (GuideElement element : GuideElement.requiredElements()) {
      if (isBlank(value(element))) {
        missing.add(element);
      }
    }
    return missing;
  }

  /** The value of {@code element} in this guide, as its record component holds it. */
  public Object value(GuideElement element) {
    return switch (element) {
      case ITEM_CODE -> itemCode;
      case ITEM_TYPE -> itemType;
      case BASIS -> basis;
      case CONDITIONS -> conditions;
      case MATERIALS -> materials;
      case PROCESS -> process;
      case TIME_LIMIT -> timeLimit;
      case FEES -> fees;
      case LOCATION -> location;
      case HOURS -> hours;
      case DEPARTMENT -> department;
      case PHONE -> phone;
      case SUPERVISION_PHONE -> supervisionPhone;
      case ONLINE_URL -> onlineUrl;
      case FORMS -> forms;
    };
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
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
    return value instanceof TimeLimit limit && limit.isEmpty();
  }
}
