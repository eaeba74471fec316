package org.zhanqun.cms.site;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhanqun.model.site.ContentType;

/** Stores a set of content types as sorted comma-separated codes. */
@Converter
public class ContentTypesConverter implements AttributeConverter<Set<ContentType>, String> {

  @Override
  public String convertToDatabaseColumn(Set<ContentType> types) {
    return types.stream().sorted().map(ContentType::code).collect(Collectors.joining(","));
  }

  @Override
  public Set<ContentType> convertToEntityAttribute(String text) {
    EnumSet<ContentType> types = EnumSet.noneOf(ContentType.class);
    if (text != null && !text.isBlank()) {
      Arrays.stream(text.split(","))
          .map(code -> ContentType.fromCode(code).orElseThrow())
          .forEach(types::add);
    }
    return types;
  }
}
