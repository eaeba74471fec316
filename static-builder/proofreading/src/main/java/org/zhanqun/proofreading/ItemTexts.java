package org.zhanqun.proofreading;

import java.util.List;
import org.zhanqun.model.item.Item;

/**
 * The texts of an item the proofreader reads, each with its field: title, summary, source, tags,
 * body, the policy's issuer, subject and keywords, every text element of a guide (materials and
 * process steps one by one) and the form's file name. Identifiers (索引号, 文号, codes, URLs) are values
 * the model already checks and are left out.
 */
public final class ItemTexts {

  private ItemTexts() {}

  public static List<FieldText> of(Item item) {
    throw new UnsupportedOperationException("to be written");
  }
}
