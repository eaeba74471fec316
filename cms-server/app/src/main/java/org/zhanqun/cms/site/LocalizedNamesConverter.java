package org.zhanqun.cms.site;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.zhanqun.cms.infrastructure.persistence.JsonColumn;

/** Stores names per language as a JSON object, keys sorted so equal maps store equal text. */
@Converter
public class LocalizedNamesConverter implements AttributeConverter<Map<String, String>, String> {

  @Override
  public String convertToDatabaseColumn(Map<String, String> names) {
    return JsonColumn.write(new TreeMap<>(names == null ? Map.of() : names));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, String> convertToEntityAttribute(String json) {
    Map<String, String> names =
        json == null ? Map.of() : (Map<String, String>) JsonColumn.read(json, Map.class);
    return new LinkedHashMap<>(names);
  }
}
