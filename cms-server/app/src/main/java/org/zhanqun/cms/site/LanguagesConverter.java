package org.zhanqun.cms.site;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.zhanqun.model.site.Language;

/** Stores an ordered list of language tags as comma-separated text. */
@Converter
public class LanguagesConverter implements AttributeConverter<List<Language>, String> {

  @Override
  public String convertToDatabaseColumn(List<Language> languages) {
    return languages.stream().map(Language::tag).collect(Collectors.joining(","));
  }

  @Override
  public List<Language> convertToEntityAttribute(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(",")).map(Language::new).toList();
  }
}
