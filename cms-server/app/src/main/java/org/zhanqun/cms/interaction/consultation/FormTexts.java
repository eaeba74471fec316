package org.zhanqun.cms.interaction.consultation;

import java.util.Locale;
import java.util.ResourceBundle;
import org.zhanqun.cms.interaction.intake.FormLanguage;

/**
 * The texts of the HTML receipt for an opinion, from the {@code form} bundle beside this class
 * (zh-CN as the root, en, ru). The shared answers' bundle ({@code intake/messages}) has no keys for
 * consultations yet.
 */
final class FormTexts {

  private final ResourceBundle bundle;

  FormTexts(FormLanguage language) {
    this.bundle =
        ResourceBundle.getBundle(
            FormTexts.class.getPackageName() + ".form",
            Locale.forLanguageTag(language.tag()),
            FormTexts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  String get(String key) {
    return bundle.getString(key);
  }
}
