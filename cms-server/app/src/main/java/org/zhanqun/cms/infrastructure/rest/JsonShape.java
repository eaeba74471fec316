package org.zhanqun.cms.infrastructure.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.StrictValues;

/**
 * Checks that a parsed JSON body has exactly the shape of the Java type it will be bound to, and
 * names every value that does not with its JSON path ({@code tags[2]}, {@code guide.timeLimit}) and
 * the reason. JSON-B on its own coerces: it reads {@code "yes"} as false, {@code 1.5} as 1, wraps
 * {@code 4294967297} to 1 and puts nulls into lists. Here a whole number must be written as one and
 * fit its field, a boolean is {@code true} or {@code false}, a string is a string without an
 * unpaired surrogate, a list or map holds no null, an enum is one of its names, a record (request)
 * has no member it does not declare; null stands for "not sent", except for a primitive. Types it
 * does not know (JSON values, {@code Object}) are accepted as they are.
 */
final class JsonShape {

  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,19}");

  private JsonShape() {}

  /** Adds an error to {@code errors} for every value of {@code value} unlike {@code type}. */
  static void check(JsonValue value, Type type, String path, FieldErrors errors) {
    Class<?> raw = raw(type);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        errors.add(path, "must be " + expected(raw) + ", not null");
      }
      return;
    }
    if (raw == String.class) {
      if (value instanceof JsonString text) {
        unpairedSurrogate(text.getString(), path, errors);
      } else {
        wrongType(value, raw, path, errors);
      }
    } else if (raw == boolean.class || raw == Boolean.class) {
      if (value.getValueType() != JsonValue.ValueType.TRUE
          && value.getValueType() != JsonValue.ValueType.FALSE) {
        wrongType(value, raw, path, errors);
      }
    } else if (raw == int.class || raw == Integer.class) {
      whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE, path, errors);
    } else if (raw == long.class || raw == Long.class) {
      whole(value, Long.MIN_VALUE, Long.MAX_VALUE, path, errors);
    } else if (raw == short.class || raw == Short.class) {
      whole(value, Short.MIN_VALUE, Short.MAX_VALUE, path, errors);
    } else if (raw == byte.class || raw == Byte.class) {
      whole(value, Byte.MIN_VALUE, Byte.MAX_VALUE, path, errors);
    } else if (raw == double.class
        || raw == Double.class
        || raw == float.class
        || raw == Float.class
        || raw == BigDecimal.class) {
      if (!(value instanceof JsonNumber)) {
        wrongType(value, raw, path, errors);
      }
    } else if (raw.isEnum()) {
      enumName(value, raw, path, errors);
    } else if (raw.isRecord()) {
      record(value, type, raw, path, errors);
    } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      list(value, elementType(type, raw), raw, path, errors);
    } else if (Map.class.isAssignableFrom(raw)) {
      map(value, typeArgument(type, 1), raw, path, errors);
    }
  }

  private static void record(
      JsonValue value, Type type, Class<?> raw, String path, FieldErrors errors) {
    if (!(value instanceof JsonObject object)) {
      wrongType(value, raw, path, errors);
      return;
    }
    Map<String, RecordComponent> components =
        Arrays.stream(raw.getRecordComponents())
            .collect(Collectors.toMap(RecordComponent::getName, c -> c));
    object.forEach(
        (name, member) -> {
          RecordComponent component = components.get(name);
          String at = member(path, name);
          if (component == null) {
            errors.add(
                at,
                "is not a field here (known: "
                    + String.join(", ", components.keySet().stream().sorted().toList())
                    + ")");
          } else {
            check(member, resolve(component.getGenericType(), raw, type), at, errors);
          }
        });
  }

  private static void list(
      JsonValue value, Type element, Class<?> raw, String path, FieldErrors errors) {
    if (!(value instanceof JsonArray array)) {
      wrongType(value, raw, path, errors);
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      String at = path + "[" + i + "]";
      JsonValue item = array.get(i);
      if (item.getValueType() == JsonValue.ValueType.NULL) {
        errors.add(at, "must not be null");
      } else {
        check(item, element, at, errors);
      }
    }
  }

  private static void map(
      JsonValue value, Type valueType, Class<?> raw, String path, FieldErrors errors) {
    if (!(value instanceof JsonObject object)) {
      wrongType(value, raw, path, errors);
      return;
    }
    object.forEach(
        (name, member) -> {
          String at = member(path, name);
          unpairedSurrogate(name, at, errors);
          if (member.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(at, "must not be null");
          } else {
            check(member, valueType, at, errors);
          }
        });
  }

  private static void whole(JsonValue value, long min, long max, String path, FieldErrors errors) {
    if (!(value instanceof JsonNumber number)) {
      errors.add(path, "must be a whole number, not " + describe(value));
      return;
    }
    // the number as parsed: 1.5 stays 1.5, 1.0 and 1e2 keep their fraction or exponent
    String literal = number.toString();
    boolean inRange = false;
    if (WHOLE.matcher(literal).matches()) {
      try {
        long parsed = Long.parseLong(literal);
        inRange = parsed >= min && parsed <= max;
      } catch (NumberFormatException e) {
        inRange = false;
      }
    } else if (!literal.matches("-?\\d+")) {
      errors.add(path, "must be a whole number, not " + StrictValues.shown(literal));
      return;
    }
    if (!inRange) {
      errors.add(
          path,
          "must be a whole number from "
              + min
              + " to "
              + max
              + ", not "
              + StrictValues.shown(literal));
    }
  }

  private static void enumName(JsonValue value, Class<?> raw, String path, FieldErrors errors) {
    String names =
        Arrays.stream(raw.getEnumConstants())
            .map(constant -> ((Enum<?>) constant).name())
            .collect(Collectors.joining(", "));
    if (!(value instanceof JsonString text)
        || Arrays.stream(raw.getEnumConstants())
            .noneMatch(constant -> ((Enum<?>) constant).name().equals(text.getString()))) {
      errors.add(path, "must be one of " + names + ", not " + describe(value));
    }
  }

  private static void unpairedSurrogate(String text, String path, FieldErrors errors) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        errors.add(path, "holds an unpaired surrogate \\u" + Integer.toHexString(c) + " at " + i);
        return;
      }
    }
  }

  private static void wrongType(JsonValue value, Class<?> raw, String path, FieldErrors errors) {
    errors.add(path, "must be " + expected(raw) + ", not " + describe(value));
  }

  private static String expected(Class<?> raw) {
    if (raw == String.class) {
      return "a string";
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "true or false";
    }
    if (raw.isPrimitive() || Number.class.isAssignableFrom(raw)) {
      return "a number";
    }
    if (raw.isRecord() || Map.class.isAssignableFrom(raw)) {
      return "an object";
    }
    if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      return "a list";
    }
    return "a " + raw.getSimpleName();
  }

  private static String describe(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> "the string \"" + StrictValues.shown(((JsonString) value).getString()) + "\"";
      case NUMBER -> "the number " + StrictValues.shown(value.toString());
      case TRUE, FALSE -> value.toString();
      case NULL -> "null";
      case ARRAY -> "a list";
      case OBJECT -> "an object";
    };
  }

  private static String member(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    if (type instanceof GenericArrayType a) {
      return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
    }
    return Object.class;
  }

  /**
   * {@code declared} with the type variables of the generic record {@code owner} replaced by the
   * arguments {@code ownerType} gives them ({@code GuidePart<Long>}: {@code List<R>} → {@code
   * List<Long>}).
   */
  private static Type resolve(Type declared, Class<?> owner, Type ownerType) {
    if (!(ownerType instanceof ParameterizedType given)) {
      return declared;
    }
    if (declared instanceof TypeVariable<?> variable) {
      TypeVariable<?>[] variables = owner.getTypeParameters();
      for (int i = 0; i < variables.length; i++) {
        if (variables[i].getName().equals(variable.getName())) {
          return given.getActualTypeArguments()[i];
        }
      }
      return declared;
    }
    if (declared instanceof ParameterizedType parameterized) {
      Type[] arguments =
          Arrays.stream(parameterized.getActualTypeArguments())
              .map(argument -> resolve(argument, owner, ownerType))
              .toArray(Type[]::new);
      return new ResolvedType(parameterized.getRawType(), arguments);
    }
    return declared;
  }

  /** A parameterized type whose arguments {@link #resolve} has filled in. */
  private record ResolvedType(Type getRawType, Type[] getActualTypeArguments)
      implements ParameterizedType {

    @Override
    public Type getOwnerType() {
      return null;
    }
  }

  private static Type elementType(Type type, Class<?> raw) {
    if (raw.isArray()) {
      return type instanceof GenericArrayType a
          ? a.getGenericComponentType()
          : raw.getComponentType();
    }
    return typeArgument(type, 0);
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }
}
