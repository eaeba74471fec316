package org.zhanqun.cms.infrastructure.persistence;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.lang.reflect.Type;
import org.zhanqun.cms.infrastructure.rest.GuidePartDeserializer;

/**
 * Reads and writes values kept as JSON text in one column (a policy's metadata, a guide's elements,
 * a revision's snapshot). Thread-safe; one shared engine.
 */
public final class JsonColumn {

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withNullValues(false)
              .withFormatting(false)
              .withDeserializers(new GuidePartDeserializer()));

  private JsonColumn() {}

  public static String write(Object value) {
    return value == null ? null : JSONB.toJson(value);
  }

  public static <T> T read(String json, Class<T> type) {
    return json == null ? null : JSONB.fromJson(json, type);
  }

  public static <T> T read(String json, Type type) {
    return json == null ? null : JSONB.fromJson(json, type);
  }
}
