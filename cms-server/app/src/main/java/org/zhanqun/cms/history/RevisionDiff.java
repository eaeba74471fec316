package org.zhanqun.cms.history;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two revisions field by field: both are flattened to leaf paths, and every path whose
 * value differs is a change, in path order. Pure; thread-safe.
 */
final class RevisionDiff {

  private RevisionDiff() {}

  static List<FieldChange> between(String beforeJson, String afterJson) {
    Map<String, Object> before = flatten(beforeJson);
    Map<String, Object> after = flatten(afterJson);
    TreeSet<String> paths = new TreeSet<>(before.keySet());
    paths.addAll(after.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String path : paths) {
      Object was = before.get(path);
      Object is = after.get(path);
      if (!Objects.equals(was, is)) {
        changes.add(new FieldChange(path, was, is));
      }
    }
    return changes;
  }

  private static Map<String, Object> flatten(String json) {
    Map<String, Object> leaves = new TreeMap<>();
    try (var reader = Json.createReader(new StringReader(json))) {
      flatten("", reader.readObject(), leaves);
    }
    return leaves;
  }

  private static void flatten(String path, JsonValue value, Map<String, Object> leaves) {
    switch (value.getValueType()) {
      case OBJECT -> {
        JsonObject object = value.asJsonObject();
        object.forEach(
            (key, child) -> flatten(path.isEmpty() ? key : path + "." + key, child, leaves));
      }
      case ARRAY -> {
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
          flatten(path + "[" + i + "]", array.get(i), leaves);
        }
      }
      case STRING -> leaves.put(path, ((JsonString) value).getString());
      case NUMBER -> leaves.put(path, ((JsonNumber) value).bigDecimalValue());
      case TRUE -> leaves.put(path, Boolean.TRUE);
      case FALSE -> leaves.put(path, Boolean.FALSE);
      case NULL -> {}
    }
  }
}
