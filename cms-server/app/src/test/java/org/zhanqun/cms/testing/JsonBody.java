package org.zhanqun.cms.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** Builds request bodies tersely: {@code object("title", "标题", "column", 12)}. */
public final class JsonBody {

  private JsonBody() {}

  /**
   * A JSON object of alternating names and values; a value may be a string, number, boolean, {@link
   * JsonValue}, collection, map, or null (written as JSON null).
   */
  public static JsonObject object(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs");
    }
    JsonObjectBuilder builder = Json.createObjectBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      builder.add((String) namesAndValues[i], value(namesAndValues[i + 1]));
    }
    return builder.build();
  }

  /** A JSON array of the values, converted as in {@link #object}. */
  public static JsonArray array(Object... values) {
    JsonArrayBuilder builder = Json.createArrayBuilder();
    for (Object value : values) {
      builder.add(value(value));
    }
    return builder.build();
  }

  /** {@code original} with the named members replaced or added. */
  public static JsonObject with(JsonObject original, Object... namesAndValues) {
    JsonObjectBuilder builder = Json.createObjectBuilder(original);
    object(namesAndValues).forEach(builder::add);
    return builder.build();
  }

  /** {@code original} without the named members. */
  public static JsonObject without(JsonObject original, String... names) {
    JsonObjectBuilder builder = Json.createObjectBuilder(original);
    for (String name : names) {
      builder.remove(name);
    }
    return builder.build();
  }

  static JsonValue value(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof JsonValue json) {
      return json;
    }
    if (value instanceof String text) {
      return Json.createValue(text);
    }
    if (value instanceof Integer || value instanceof Long) {
      return Json.createValue(((Number) value).longValue());
    }
    if (value instanceof Number number) {
      return Json.createValue(new BigDecimal(number.toString()));
    }
    if (value instanceof Boolean bool) {
      return bool ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Collection<?> collection) {
      return array(collection.toArray());
    }
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder builder = Json.createObjectBuilder();
      map.forEach((name, member) -> builder.add(String.valueOf(name), value(member)));
      return builder.build();
    }
    throw new IllegalArgumentException("no JSON for " + value.getClass());
  }
}
