package org.zhanqun.proofreading;

import java.util.ArrayList;
import java.util.List;
import org.zhanqun.model.item.FormFile;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.item.PolicyPart;

/**
 * The texts of an item the proofreader reads, each with its field: title, summary, source, tags,
 * body, the policy's issuer, subject and keywords, every text element of a guide (materials and
 * process steps one by one) and the form's file name. Identifiers (索引号, 文号, codes, URLs) are values
 * the model already checks and are left out.
 */
public final class ItemTexts {

  private ItemTexts() {}

  public static List<FieldText> of(Item item) {
    List<FieldText> texts = new ArrayList<>();
    add(texts, "title", item.title());
    add(texts, "summary", item.summary());
    add(texts, "source", item.source());
    for (int i = 0; i < item.tags().size(); i++) {
      add(texts, "tags[" + i + "]", item.tags().get(i));
    }
    add(texts, "body", item.body());
    PolicyPart policy = item.policy();
    if (policy != null) {
      add(texts, "policy.issuer", policy.issuer());
      add(texts, "policy.subject", policy.subject());
      for (int i = 0; i < policy.keywords().size(); i++) {
        add(texts, "policy.keywords[" + i + "]", policy.keywords().get(i));
      }
    }
    GuidePart<ItemReference> guide = item.guide();
    if (guide != null) {
      guide(texts, guide);
    }
    FormFile form = item.form();
    if (form != null && form.file() != null) {
      add(texts, "form.file", form.fileName());
    }
    return texts;
  }

  /**
   * The texts of a guide, as the API names them; {@code itemCode} and {@code onlineUrl} are left
   * out.
   */
  public static List<FieldText> of(GuidePart<?> guide) {
    List<FieldText> texts = new ArrayList<>();
    guide(texts, guide);
    return texts;
  }

  private static void guide(List<FieldText> texts, GuidePart<?> guide) {
    add(texts, "guide.itemType", guide.itemType());
    add(texts, "guide.basis", guide.basis());
    add(texts, "guide.conditions", guide.conditions());
    for (int i = 0; i < guide.materials().size(); i++) {
      add(texts, "guide.materials[" + i + "].name", guide.materials().get(i).name());
    }
    for (int i = 0; i < guide.process().size(); i++) {
      add(texts, "guide.process[" + i + "]", guide.process().get(i));
    }
    add(texts, "guide.fees", guide.fees());
    add(texts, "guide.location", guide.location());
    add(texts, "guide.hours", guide.hours());
    add(texts, "guide.department", guide.department());
    add(texts, "guide.phone", guide.phone());
    add(texts, "guide.supervisionPhone", guide.supervisionPhone());
  }

  private static void add(List<FieldText> texts, String field, String text) {
    if (text != null && !text.isEmpty()) {
      texts.add(new FieldText(field, text));
    }
  }
}
